/** Words in a piece of writing, as a reader would count them. */
export function countWords(text: string): number {
  return text.trim() ? text.trim().split(/\s+/u).length : 0;
}
