import { saveNow } from '../lib/save-now.ts';

/**
 * `<update-notice>`: registers the service worker that keeps the course offline, and when a new version of the site
 * has installed beside the running one, offers a reload. It never reloads by itself, and reloads only once the
 * learner's writing is saved; until then it says why not.
 */

const BASE = import.meta.env.BASE_URL;
const READY = 'A new version of the course is available.';
const UNSAVED =
  'A new version of the course is available, but some of your latest writing is not saved yet (see the message above, or the box you were typing in). Copy it or export your progress, then reload.';

class UpdateNotice extends HTMLElement {
  /** The new version's worker, installed and waiting for the learner's word. */
  #waiting: ServiceWorker | undefined;

  connectedCallback() {
    if (!('serviceWorker' in navigator)) return;
    this.querySelector('[data-update-dismiss]')!.addEventListener('click', () => this.#say(''));
    this.querySelector('[data-update-reload]')!.addEventListener('click', () => this.#reload());
    // Register once the page has loaded, so the worker's downloads never compete with the page's own.
    if (document.readyState === 'complete') void this.#register();
    else addEventListener('load', () => void this.#register(), { once: true });
  }

  async #register() {
    let registration: ServiceWorkerRegistration | undefined;
    try {
      registration = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE, updateViaCache: 'none' });
    } catch {
      // Without a worker the course still works online; there is nothing to tell the learner.
    }
    // Some environments (a test runner blocking workers) answer with no registration rather than an error.
    if (!registration) return;
    // Only a tab that a worker already serves is out of date; a first visit has nothing to reload.
    const offer = () => {
      if (registration.waiting && navigator.serviceWorker.controller) this.#show(registration.waiting);
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer();
      });
    });
    // A tab left open for hours learns of a new version when the learner comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
  }

  #show(worker: ServiceWorker) {
    this.#waiting = worker;
    this.#say(READY);
  }

  #say(message: string) {
    this.querySelector('[data-update-text]')!.textContent = message;
    this.toggleAttribute('data-active', message !== '');
  }

  #reload() {
    if (!this.#waiting) return;
    if (!saveNow()) {
      this.#say(UNSAVED);
      return;
    }
    // Another tab may have let the new version in already: then a reload is all this one needs.
    if (this.#waiting.state !== 'installed') {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    this.#waiting.postMessage('skip-waiting');
  }
}

customElements.define('update-notice', UpdateNotice);
