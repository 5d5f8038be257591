/**
 * A lesson's id is its file name without the order prefix and extension:
 * `the-shift/01-from-output-to-leverage.mdx` -> `from-output-to-leverage`. Progress is stored by this id, so
 * retitling a lesson or reordering files keeps a learner's work attached.
 */
export function lessonIdFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}
