/**
 * Offers text to the person at the browser as a file download: nothing leaves the browser. The state module has its
 * own copy for learners' files (src/progress/export-file.ts), so lesson pages never load this one.
 */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
