/** CSV files as spreadsheets read them (RFC 4180: commas, quotes and line breaks quoted, CRLF between rows). */

export type Cell = string | number;

/**
 * A cell as CSV. Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
 * before one) gets a leading apostrophe, so a name like `=HYPERLINK(...)` stays text. Numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A byte-order mark opens the file: without it Excel on Windows reads a CSV in the system's legacy code page, and curly
 * quotes, accents and "€" come out garbled. Other spreadsheets read it and drop it.
 */
const BOM = '\uFEFF';

/** Rows as a whole CSV file: the byte-order mark, then each row, each ended by CRLF. */
export const csvText = (rows: Cell[][]): string => BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
