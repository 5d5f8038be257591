/** What a toolkit template needs beyond its own file, checked across the course (the schema checks each file). */
export interface TemplateFacts {
  id: string;
  /** The file, for messages: `content/toolkit/blameless-postmortem.yaml`. */
  file: string;
  /** The lessons it names as teaching its idea. */
  lessons: string[];
  /** The CSV file names of its tables, in order. */
  csv: string[];
}

/**
 * Every problem, each naming the file and the field: a lesson that does not exist, a lesson named twice, and two
 * tables offered under one CSV name (the second file would replace the first).
 */
export function findToolkitProblems(templates: TemplateFacts[], lessons: Set<string>): string[] {
  return templates.flatMap((t) => [
    ...t.lessons.flatMap((lesson, i) => [
      ...(lessons.has(lesson) ? [] : [`${t.file}: lessons[${i}] names "${lesson}", which is not a lesson`]),
      ...(t.lessons.indexOf(lesson) < i ? [`${t.file}: lessons[${i}] names "${lesson}" a second time`] : []),
    ]),
    ...t.csv
      .filter((name, i) => t.csv.indexOf(name) < i)
      .map((name) => `${t.file}: two tables are offered as "${name}.csv"; give each its own csv name`),
  ]);
}
