/**
 * Offers text to the person at the browser as a file download: nothing leaves the browser. Used by the state module
 * for learners' files (src/progress/export-file.ts, journal-tools.ts) and by the cohort dashboard for its CSV, which
 * reaches it through the module it loads for keeping a cohort (src/islands/cohort-store.ts), so the bundler keeps it in
 * the state module's chunk: imported straight from the dashboard, it would become one more file on every lesson page.
 */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
