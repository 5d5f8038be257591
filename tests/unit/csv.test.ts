import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/lib/csv.ts';
import { parseCsv } from '../support/csv.ts';

describe('CSV files', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas in text but not in numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('opens with one byte-order mark and ends every row with CRLF', () => {
    const text = csvText([
      ['a', 'b'],
      ['c', 1],
    ]);
    expect(text).toBe('\uFEFFa,b\r\nc,1\r\n');
  });

  it('reads back as the rows it was made from, whatever the cells hold', () => {
    const rows = [
      ['Name', 'Note', 'Cost (€)'],
      ['Ana, "the lead"', 'two\nlines', '1,200'],
      ['', '', ''],
    ];
    expect(parseCsv(csvText(rows))).toEqual(rows);
  });
});
