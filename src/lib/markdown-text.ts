/**
 * Plain text made safe to place in a Markdown document: whatever a learner typed reads back as the same characters
 * and can never become a heading, list, quote, code block, table, link, image or HTML. Characters that mean
 * something anywhere in a line are escaped with a backslash (CommonMark escapes every ASCII punctuation mark that
 * way), and so are the few that mean something only at the start of a line. Web and email addresses are escaped
 * too (`https\://`, `www\.`, `\@`), so renderers that turn bare addresses into links (GitHub does) leave them as text.
 */

/** Marks that can open emphasis, code, links, images, HTML, tables, strikethrough or a heading's closing sequence. */
const INLINE = /[\\`*_[\]<>|~#]/g;
/** An ampersand that would start a character reference such as `&amp;` or `&#60;`. */
const REFERENCE = /&(?=#?[a-z0-9]+;)/gi;
/** What makes a bare address a link in GitHub's Markdown: `https://`, `www.` and the `@` of an email address. */
const ADDRESS = /:(?=\/\/)|(?<=\bwww)\.|@(?=\w)/gi;
/** Marks that open a block only at the start of a line: a list, quote, setext underline or thematic break. */
const LINE_START = /^[-+=>]/;
/** An ordered list's marker: `1.` or `1)`. */
const ORDERED = /^(\d{1,9})([.)])/;
/** Whether a character may stay in a text file: not a control character, other than tab and line feed. */
const printable = (char: string) => char === '\t' || char === '\n' || (char >= ' ' && char !== '\u007F');

/** Line endings of any system (CRLF, CR) as line feeds, and no control characters. */
export const normaliseText = (text: string) => [...text.replace(/\r\n?/g, '\n')].filter(printable).join('');

/** One line of text, its leading and trailing spaces dropped (four spaces would make a code block), escaped. */
function escapeLine(line: string): string {
  const escaped = line.trim().replace(INLINE, '\\$&').replace(REFERENCE, '\\&').replace(ADDRESS, '\\$&');
  return escaped.replace(LINE_START, '\\$&').replace(ORDERED, '$1\\$2');
}

/** Text for one line of Markdown (a heading, a list item, a table cell): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(normaliseText(text).replace(/\s+/g, ' '));
}

/**
 * Text of several lines as a Markdown blockquote that keeps them: each line break is a hard break (a backslash at
 * the end of the line), and blank lines separate paragraphs.
 */
export function markdownQuote(text: string): string {
  const paragraphs = normaliseText(text)
    .split(/\n[^\S\n]*\n\s*/)
    .map((p) => p.split('\n').map(escapeLine).filter(Boolean))
    .filter((lines) => lines.length > 0);
  return paragraphs
    .map((lines) => lines.map((line, i) => `> ${line}${i < lines.length - 1 ? '\\' : ''}`).join('\n'))
    .join('\n>\n');
}
