import { z } from 'astro/zod';
import { readingSchema } from './reading.ts';

/** Lowercase words joined by hyphens, as every id in the course. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase words joined by hyphens');

/** One thing to fill in, with room to write when printed. */
const fieldSchema = z
  .object({
    /** What to write: "What happened", "Who owns the next step". */
    label: z.string().min(1),
    /** A short nudge shown under the label: "Two sentences someone new to the team understands". */
    hint: z.string().min(1).optional(),
    /** Lines of writing room on paper, 1 to 8. */
    lines: z.number().int().min(1).max(8).default(2),
  })
  .strict();

/**
 * A table to fill in, optionally started with rows (examples, or the fixed rows of a rubric). With `csv`, it is also
 * offered as a CSV file of that name, for the tables a spreadsheet is the natural tool for.
 */
const tableSchema = z
  .object({
    columns: z.array(z.string().min(1)).min(2, 'a table has at least two columns').max(7, 'a table has at most seven columns'),
    /** Rows already filled in; a cell may be empty. Each row has one cell per column. */
    rows: z.array(z.array(z.string())).default([]),
    /** Empty rows to write in, on paper and in the Markdown. */
    blankRows: z.number().int().min(0).max(15).default(0),
    /** The CSV file's name without `.csv`, when the table is offered as a spreadsheet. */
    csv: id.optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `a row has ${row.length} cells but the table has ${table.columns.length} columns`,
        });
      }
      row.forEach((cell, j) => {
        // A spreadsheet runs a cell that starts like this as a formula; the templates hold text and plain numbers.
        if (/^[=+\-@]/.test(cell)) {
          ctx.addIssue({ code: 'custom', path: ['rows', i, j], message: 'a cell must not start with = + - or @' });
        }
      });
    });
    if (table.rows.length + table.blankRows === 0) {
      ctx.addIssue({ code: 'custom', path: ['blankRows'], message: 'a table needs rows or blank rows to fill in' });
    }
  });

/** The kinds of body a section can have; a section has exactly one. */
const BODIES = ['fields', 'table', 'checklist', 'list'] as const;

/** One part of a template, under its own heading. */
const sectionSchema = z
  .object({
    heading: z.string().min(1),
    /** A sentence or two on what goes here and why. */
    guidance: z.string().min(1).optional(),
    /** Labelled spaces to write in. */
    fields: z.array(fieldSchema).min(1).optional(),
    table: tableSchema.optional(),
    /** Things to tick off. */
    checklist: z.array(z.string().min(1)).min(2, 'a checklist has at least two items').optional(),
    /** Points to read or questions to ask, with nothing to fill in. */
    list: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .superRefine((section, ctx) => {
    const present = BODIES.filter((body) => section[body] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `a section has exactly one of ${BODIES.join(', ')}; "${section.heading}" has ${present.length ? present.join(' and ') : 'none'}`,
      });
    }
  });

/**
 * A template or worksheet of the toolkit: `content/toolkit/<id>.yaml`, shown at /toolkit/<id>/, printable on one or
 * two sheets and downloadable as Markdown (and its tables marked `csv` as CSV). Linked from the lessons that teach it.
 */
export const templateSchema = z
  .object({
    title: z.string().min(1),
    /** One sentence: the toolkit's list, search results and the lessons' links show it. */
    summary: z.string().min(1),
    /** The lessons that teach the idea, by id; each shows a link to the template. */
    lessons: z.array(id).min(1, 'a template names the lessons that teach its idea'),
    /** When to reach for it, in a short paragraph. */
    when: z.string().min(1),
    /** How to use it, as two to six steps. */
    steps: z.array(z.string().min(1)).min(2, 'a template has two to six steps').max(6, 'a template has two to six steps'),
    sections: z.array(sectionSchema).min(2, 'a template has at least two sections'),
    /** The sources behind it, listed on its page, in its download and on the References page. */
    readings: z.array(readingSchema).min(1, 'a template cites the sources it relies on'),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = Template['sections'][number];
export type TemplateTable = NonNullable<TemplateSection['table']>;
