import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline elements the browser runs under script-src and style-src: scripts without src (or a data type), styles. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="(?!module")[^"]*")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashesOf = (html: string, element: RegExp) => new Set([...html.matchAll(element)].map(([, text]) => sha256(text!)));

/**
 * Astro writes one Content-Security-Policy for the whole site into every page: the hashes of every inline script and
 * style any page might carry (each client directive's loader, the island runtime, its development twin, ...), about
 * half a kilobyte that gzip cannot shrink. This keeps in each directive only the hashes of the inline elements this
 * page carries. It never adds one: an inline element whose hash Astro did not list is an error, as the browser would
 * refuse to run it.
 */
export function narrowPageCsp(html: string, page: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const used = { 'script-src': hashesOf(html, INLINE_SCRIPT), 'style-src': hashesOf(html, INLINE_STYLE) };
  const directives = meta[2]!.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const inPage = used[name as keyof typeof used];
    if (!inPage) return directive;
    const missing = [...inPage].filter((hash) => !sources.includes(hash));
    if (missing.length) throw new Error(`${page}: an inline element's hash ${missing.join(' ')} is not in ${name}`);
    return [name, ...sources.filter((source) => !source.startsWith("'sha256-") || inPage.has(source))].join(' ');
  });
  return html.replace(CSP_META, `$1${directives.join(';')}$3`);
}
