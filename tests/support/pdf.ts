/** The number of pages in a PDF that Chromium printed: one `/Type /Page` object per page. */
export const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
