import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../src/schemas/template.ts';

const good = {
  title: 'Plan',
  summary: 'A plan.',
  lessons: ['first-lesson'],
  when: 'Now.',
  steps: ['One.', 'Two.'],
  sections: [
    { heading: 'About', fields: [{ label: 'Name' }] },
    { heading: 'Costs', table: { columns: ['Line', 'Cost'], rows: [['Cloud', '90,000']], blankRows: 2, csv: 'costs' } },
  ],
  readings: [{ author: 'A', title: 'T', year: 2001 }],
};

/** The field path and message of every problem, as Astro prints them: "sections.1.table.rows.0: ...". */
const problems = (value: unknown) =>
  templateSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('a toolkit template', () => {
  it('accepts a complete template, with two lines to write in where a field does not say', () => {
    const parsed = templateSchema.parse(good);
    expect(parsed.sections[0]!.fields![0]!.lines).toBe(2);
  });

  it('needs the lessons that teach it, two to six steps, two sections and a source', () => {
    expect(problems({ ...good, lessons: [] })).toEqual(['lessons: a template names the lessons that teach its idea']);
    expect(problems({ ...good, steps: ['One.'] })).toEqual(['steps: a template has two to six steps']);
    expect(problems({ ...good, sections: [good.sections[0]] })).toEqual(['sections: a template has at least two sections']);
    expect(problems({ ...good, readings: [] })).toEqual(['readings: a template cites the sources it relies on']);
  });

  it('refuses a section with no body or with two, naming the section', () => {
    expect(problems({ ...good, sections: [{ heading: 'Empty' }, good.sections[1]] })).toEqual([
      'sections.0: a section has exactly one of fields, table, checklist, list; "Empty" has none',
    ]);
    const both = { heading: 'Both', checklist: ['a', 'b'], list: ['c'] };
    expect(problems({ ...good, sections: [both, good.sections[1]] })).toEqual([
      'sections.0: a section has exactly one of fields, table, checklist, list; "Both" has checklist and list',
    ]);
  });

  it('refuses a row with the wrong number of cells, a cell a spreadsheet would run, and a table with no rows', () => {
    const table = (t: object) => ({ ...good, sections: [good.sections[0], { heading: 'Costs', table: t }] });
    expect(problems(table({ columns: ['Line', 'Cost'], rows: [['Cloud']] }))).toEqual([
      'sections.1.table.rows.0: a row has 1 cells but the table has 2 columns',
    ]);
    expect(problems(table({ columns: ['Line', 'Cost'], rows: [['Refund', '-5']] }))).toEqual([
      'sections.1.table.rows.0.1: a cell must not start with = + - or @',
    ]);
    expect(problems(table({ columns: ['Line', 'Cost'] }))).toEqual([
      'sections.1.table.blankRows: a table needs rows or blank rows to fill in',
    ]);
    expect(problems(table({ columns: ['Line', 'Cost'], blankRows: 1, csv: 'Costs.csv' }))).toEqual([
      'sections.1.table.csv: an id is lowercase words joined by hyphens',
    ]);
  });
});
