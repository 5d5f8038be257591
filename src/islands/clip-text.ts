/** `text` cut to at most `max` UTF-16 units, never between the two halves of a character such as an emoji. */
export function clipToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate at the end would be half a character: drop it too.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
