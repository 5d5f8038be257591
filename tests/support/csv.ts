/**
 * Reads a CSV file as a spreadsheet does (RFC 4180), to check that the site's downloads parse: a leading byte-order
 * mark is dropped; quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF. Throws on a
 * quote in the middle of an unquoted cell or an unclosed quote, which a spreadsheet would misread.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell, at character ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted) throw new Error('a quoted cell is never closed');
  if (cell !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}
