import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPageCsp } from '../../src/lib/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const THEME = 'document.documentElement.dataset.js=""';
const ISLANDS = 'customElements.define("astro-island",class extends HTMLElement{})';
const UNUSED = 'self.Astro.idle=()=>{}';
const ISLAND_RULE = 'astro-island{display:contents}';

const page = (csp: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${csp}"><script>${THEME}</script></head><body>${body}</body></html>`;
const policy = (scripts: string[], styles: string[]) =>
  `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${scripts.map(hash).join(' ')}; style-src 'self' ${styles.map(hash).join(' ')};`;
const cspOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe("a page's Content-Security-Policy", () => {
  it('keeps only the hashes of the inline scripts and styles the page carries', () => {
    const html = page(
      policy([THEME, ISLANDS, UNUSED], [ISLAND_RULE, '']),
      `<script>${ISLANDS}</script><style>${ISLAND_RULE}</style><script type="module" src="/a.js"></script>`,
    );
    expect(cspOf(narrowPageCsp(html, 'a/index.html'))).toBe(
      `default-src 'self';object-src 'none';script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash(ISLANDS)};style-src 'self' ${hash(ISLAND_RULE)};`,
    );
  });

  it('leaves a directive with no inline element only its sources', () => {
    const html = page(policy([THEME, ISLANDS], [ISLAND_RULE]), '<p>No islands.</p>');
    expect(cspOf(narrowPageCsp(html, 'b/index.html'))).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};style-src 'self';`,
    );
  });

  it('ignores data blocks, which the browser does not run', () => {
    const html = page(policy([THEME], []), '<script type="application/json">{"a":1}</script>');
    expect(cspOf(narrowPageCsp(html, 'c/index.html'))).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};`);
  });

  it('fails on an inline script the policy does not allow, naming the page', () => {
    const html = page(policy([THEME], []), `<script>${UNUSED}</script>`);
    expect(() => narrowPageCsp(html, 'd/index.html')).toThrow(`d/index.html: an inline element's hash ${hash(UNUSED)}`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPageCsp('<p>Plain.</p>', 'e.html')).toBe('<p>Plain.</p>');
  });
});
