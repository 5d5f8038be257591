import type { Reading } from '../schemas/reading.ts';
import type { Template, TemplateSection, TemplateTable } from '../schemas/template.ts';
import { csvText } from './csv.ts';

/**
 * A toolkit template as files to keep and edit: the whole template as Markdown (GitHub-flavoured: tables and task
 * lists, which most editors and wikis read), and each table marked `csv` as a CSV file for a spreadsheet.
 */

export interface TemplateDownload {
  /** The file's name, also its path under the template's page: `blameless-postmortem.md`. */
  file: string;
  /** What the link says it is. */
  kind: 'Markdown' | 'CSV';
  /** For a CSV: the heading of the section whose table it holds. */
  section?: string;
  text: string;
}

/** A table cell in Markdown: pipes escaped, line breaks as spaces, so one row stays on one line. */
const markdownCell = (text: string) =>
  text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');

function markdownTable(table: TemplateTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const blank = table.columns.map(() => '');
  return [
    row(table.columns),
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map(row),
    ...Array.from({ length: table.blankRows }, () => row(blank)),
  ];
}

function markdownSection(section: TemplateSection): string[] {
  const lines = [`## ${section.heading}`, ''];
  if (section.guidance) lines.push(`_${section.guidance}_`, '');
  if (section.fields) {
    for (const field of section.fields) {
      // Label and hint on one line, then empty lines to type into.
      const label = /[.?!:]$/.test(field.label) ? field.label : `${field.label}.`;
      lines.push(field.hint ? `**${label}** _${field.hint}_` : `**${label}**`, '', '');
    }
    lines.pop();
  }
  if (section.table) lines.push(...markdownTable(section.table));
  if (section.checklist) lines.push(...section.checklist.map((item) => `- [ ] ${item}`));
  if (section.list) lines.push(...section.list.map((item) => `- ${item}`));
  return [...lines, ''];
}

const markdownReading = (r: Reading) => `- ${r.author} (${r.year}). _${r.title}_.${r.url ? ` <${r.url}>` : ''}`;

/** The whole template as one Markdown document, ready to fill in. */
export function templateMarkdown(template: Template): string {
  return [
    `# ${template.title}`,
    '',
    template.summary,
    '',
    `**When to use it.** ${template.when}`,
    '',
    '## How to use it',
    '',
    ...template.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    ...template.sections.flatMap(markdownSection),
    '## Sources',
    '',
    ...template.readings.map(markdownReading),
    '',
    '---',
    '',
    'From the toolkit of the course From Building to Enabling.',
    '',
  ].join('\n');
}

/** Every file a template offers: its Markdown, then a CSV for each table marked `csv`, in the order they appear. */
export function templateDownloads(id: string, template: Template): TemplateDownload[] {
  const csvFiles = template.sections.flatMap((section) =>
    section.table?.csv
      ? [
          {
            file: `${section.table.csv}.csv`,
            kind: 'CSV' as const,
            section: section.heading,
            text: csvText([section.table.columns, ...section.table.rows]),
          },
        ]
      : [],
  );
  return [{ file: `${id}.md`, kind: 'Markdown', text: templateMarkdown(template) }, ...csvFiles];
}
