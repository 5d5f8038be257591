import searchStylesUrl from '../styles/search.css?url';
import { href } from '../lib/urls.ts';
import { excerptParts } from '../lib/excerpt.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; module?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Connects the dialog to Pagefind: results as the reader types, arrow keys between them. */
export async function startSearchUi(dialog: HTMLDialogElement) {
  await loadStyles(searchStylesUrl);
  const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ baseUrl: href() });
  await pagefind.init();

  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
  const links = () => [...list.querySelectorAll('a')];

  dialog.querySelector('.search-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.focus();
  });
  dialog.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog itself, outside the panel) closes it, as readers expect.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  async function showResults() {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (!search) return; // a newer query superseded this one
    const found = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(...found.map(renderResult));
    status.textContent = found.length
      ? `${search.results.length} lesson${search.results.length === 1 ? '' : 's'} found`
      : `No lessons match “${query}”`;
  }
  input.addEventListener('input', () => void showResults());

  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (!all.length) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]!.focus();
    else if (at <= 0) input.focus();
    else all[at - 1]!.focus();
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  const module = document.createElement('span');
  module.className = 'result-module';
  module.textContent = data.meta.module ?? '';
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  excerpt.append(
    ...excerptParts(data.excerpt).map(({ text, marked }) => {
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  link.append(title, module, excerpt);
  item.append(link);
  return item;
}

/** Astro would otherwise bundle these styles into every page; they are only needed once search opens. */
function loadStyles(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
    document.head.append(link);
  });
}
