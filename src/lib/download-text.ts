/**
 * Offers text to the person at the browser as a file download: nothing leaves the browser. Used by the state module
 * for learners' files (src/progress/export-file.ts, journal-tools.ts) and by the cohort dashboard for its CSV.
 */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
