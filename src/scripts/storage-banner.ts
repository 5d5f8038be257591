import { downloadProgress, progress, type StorageHealth } from '../progress/index.ts';

const MESSAGES: Record<Exclude<StorageHealth, 'working'>, string> = {
  full: 'Your browser’s storage for this site is full, so your latest changes are not saved. They are still on screen. Export a copy now to keep them; saving starts again by itself once there is room.',
  blocked:
    'This browser is not letting the course save anything (private browsing or blocked site data, perhaps). You can still use every page, but nothing will be kept after you close it. Export a copy before you leave.',
  newer:
    'This browser holds progress saved by a newer version of the course. To keep it safe, nothing is being saved from this page. Reload the page to get the newest version.',
};

/** What the banner says, or nothing when all is well. */
function bannerMessage(health: StorageHealth, aside: number): string {
  if (health !== 'working') return MESSAGES[health];
  if (aside === 0) return '';
  return `Some saved progress (${aside} ${aside === 1 ? 'item' : 'items'}) could not be read. It has been kept aside, untouched; you can download it from My progress.`;
}

/** `<storage-banner>`: raises itself when progress cannot be kept or could not be read, and offers an export. */
class StorageBanner extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-banner-text]')!;
    this.querySelector<HTMLButtonElement>('[data-banner-export]')!.addEventListener('click', downloadProgress);
    const show = () => {
      const message = bannerMessage(progress.$health.get(), progress.$asideCount.get());
      if (text.textContent !== message) text.textContent = message;
      this.toggleAttribute('data-active', Boolean(message));
    };
    this.#stop = [progress.$health.subscribe(show), progress.$asideCount.subscribe(show)];
  }

  disconnectedCallback() {
    for (const stop of this.#stop) stop();
  }
}

customElements.define('storage-banner', StorageBanner);
