import { longDate } from '../lib/format.ts';
import { markdownInline, markdownQuote } from '../lib/markdown-text.ts';
import type { JournalEntry, JournalModule } from './journal.ts';

/** The course's name, at the top of the journal. */
const COURSE = 'From Building to Enabling';

/**
 * The journal as one Markdown file, readable as plain text in any editor and safe to paste anywhere: every text
 * the learner wrote (and every text from the course) is escaped, so it shows as written and never becomes markup,
 * a link or a change of structure. Reflections are quoted with their line breaks kept.
 */
export function journalMarkdown(journal: JournalModule[], now: Date, timeZone?: string): string {
  const date = (iso: string) => longDate(iso, timeZone);
  const blocks = [
    `# My journal: ${COURSE}`,
    `Everything I wrote in the course, in course order, as kept in my browser on ${date(now.toISOString())}.`,
  ];
  if (!journal.length) blocks.push('Nothing written yet.');
  for (const m of journal) {
    blocks.push(`## ${markdownInline(m.title)}`);
    for (const l of m.lessons) {
      blocks.push(`### ${markdownInline(l.title)}`);
      for (const entry of l.entries) blocks.push(...entryBlocks(entry, date));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

function entryBlocks(entry: JournalEntry, date: (iso: string) => string): string[] {
  switch (entry.kind) {
    case 'reflection':
      return [`#### ${markdownInline(entry.prompt)}`, markdownQuote(entry.text), `Saved ${date(entry.savedAt)}.`];
    case 'scenario':
      return [
        `#### Decision: ${markdownInline(entry.title)}`,
        ...(entry.question ? [markdownInline(entry.question)] : []),
        entry.choice
          ? `My choice: ${markdownInline(entry.choice.label)}`
          : `My choice: the option "${markdownInline(entry.option)}", whose text the course no longer has.`,
        ...(entry.choice ? [`The course's reasoning: ${markdownInline(entry.choice.rationale)}`] : []),
        `Answered ${date(entry.answeredAt)}.`,
      ];
    case 'attempts': {
      const header = `| Dimension | ${entry.attempts.map((a) => date(a.completedAt)).join(' | ')} |`;
      const rule = `| --- | ${entry.attempts.map(() => '---').join(' | ')} |`;
      const rows = entry.dimensions.map(
        (name, d) => `| ${markdownInline(name)} | ${entry.attempts.map((a) => a.levels[d] ?? '-').join(' | ')} |`,
      );
      const evidence = entry.attempts
        .filter((a) => a.evidence.length)
        .map(
          (a) =>
            `My evidence, ${date(a.completedAt)}:\n\n` +
            a.evidence
              .map((e) => `- ${markdownInline(e.dimension)} (level ${e.level ?? '-'}): ${markdownInline(e.text)}`)
              .join('\n'),
        );
      return [
        `#### Self-assessment: ${markdownInline(entry.instrument)}`,
        `My level in each dimension, 1 to 5, by the date of each attempt:`,
        [header, rule, ...rows].join('\n'),
        ...evidence,
      ];
    }
    case 'commitments':
      return [
        '#### My commitments',
        entry.items.map((i) => `- [${i.done ? 'x' : ' '}] ${markdownInline(i.text)} (by ${markdownInline(i.target)})`).join('\n'),
      ];
  }
}
