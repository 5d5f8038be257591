import { readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../../src/schemas/template.ts';
import { templateDownloads, templateMarkdown } from '../../src/lib/template-downloads.ts';
import { parseCsv } from '../support/csv.ts';

/** The fixture course's template with every kind of section, and cells with commas, quotes, a pipe, € and a line break. */
const template: Template = templateSchema.parse(
  parse(readFileSync(new URL('../fixture-course/toolkit/team-budget-sheet.yaml', import.meta.url), 'utf8')),
);
const golden = (file: string) => readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8');
const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('a template as files to download', () => {
  it('offers its Markdown, then a CSV for each table marked csv', () => {
    const downloads = templateDownloads('team-budget-sheet', template);
    expect(downloads.map(({ file, kind, section }) => ({ file, kind, section }))).toEqual([
      { file: 'team-budget-sheet.md', kind: 'Markdown', section: undefined },
      { file: 'team-costs.csv', kind: 'CSV', section: 'Costs' },
    ]);
  });

  it('writes the Markdown of the golden file', () => {
    expect(templateMarkdown(template)).toBe(golden('team-budget-sheet.md'));
  });

  it('writes the CSV of the golden file', () => {
    expect(templateDownloads('team-budget-sheet', template)[1]!.text).toBe(golden('team-costs.csv'));
  });

  it('writes Markdown that renders as the template: heading, table cells intact, boxes to tick', () => {
    const rendered = html(templateMarkdown(template));
    expect(rendered).toContain('<h1>Team budget sheet</h1>');
    expect(rendered.match(/<h2>/g)).toHaveLength(1 + template.sections.length + 1);
    // The pipe inside a cell stays in its cell, and the cell's line break does not end the row.
    expect(rendered).toContain('<td>Cloud | hosting</td>\n<td>90000</td>\n<td>Two lines of notes</td>');
    expect(rendered.match(/<tr>/g)).toHaveLength(1 + 2 + 2);
    expect(rendered.match(/<input type="checkbox" disabled="" \/>/g)).toHaveLength(2);
    expect(rendered).toContain('<strong>What the team owns.</strong> <em>Services, products or journeys.</em>');
  });

  it('writes a CSV that reads back as the table, with the header and the filled rows', () => {
    const rows = parseCsv(templateDownloads('team-budget-sheet', template)[1]!.text);
    expect(rows).toEqual([template.sections[1]!.table!.columns, ...template.sections[1]!.table!.rows]);
  });

  it('keeps a label that ends in a question mark as it is', () => {
    const asked = templateSchema.parse({
      ...template,
      sections: [{ heading: 'Ask', fields: [{ label: 'What happened?' }] }, template.sections[2]],
    });
    expect(templateMarkdown(asked)).toContain('\n**What happened?**\n');
  });
});
