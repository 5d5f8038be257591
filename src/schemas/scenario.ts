import { z } from 'astro/zod';

/** Lowercase words joined by hyphens, as every id in the course. */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One choice in a decision scenario. */
const scenarioOptionSchema = z
  .object({
    /**
     * Stable identifier, lowercase words joined by hyphens, unique within the scenario. A learner's answer is stored
     * by it, so it never changes once published, even when the label is rewritten.
     */
    id: z.string().regex(ID_PATTERN, 'an option id is lowercase words joined by hyphens, such as "pair-on-the-risk"'),
    /** What the learner would do, in one sentence, of comparable length and specificity to the other labels. */
    label: z.string().min(1),
    /** What this choice gets right and what it costs, in 40 to 90 words: every option has one, not only the best. */
    rationale: z.string().min(1, 'every option needs a rationale'),
    /** An option the course recommends: exactly one per scenario, or two when the answer depends on context. */
    recommended: z.boolean().default(false),
    /**
     * Only on a recommended option when two are recommended: one sentence on the context in which this is the better
     * move, such as "Best if the date is fixed by a contract and cannot move."
     */
    bestIf: z.string().min(1, 'bestIf, when given, says in one sentence when this option is the better move').optional(),
  })
  .strict();

/** A decision scenario: `content/scenarios/<id>.yaml`, placed in a lesson with `<Scenario id="..." />`. */
export const scenarioSchema = z
  .object({
    /** A short name for the situation. */
    title: z.string().min(1),
    /** The situation, in the second person. */
    situation: z.string().min(1),
    /** The decision the learner faces. */
    question: z.string().min(1),
    /**
     * Only when two options are recommended: one or two sentences on what in the situation would tip the choice
     * between them.
     */
    tipsTheChoice: z.string().min(1, 'tipsTheChoice, when given, says what would tip the choice').optional(),
    /** Three to five options, each a move a capable, well-meaning leader might make. */
    options: z
      .array(scenarioOptionSchema)
      .min(3, 'a scenario has three to five options')
      .max(5, 'a scenario has three to five options'),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const seen = new Map<string, number>();
    scenario.options.forEach((option, index) => {
      const first = seen.get(option.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `option id "${option.id}" is already used by option ${first}; option ids are unique within a scenario`,
          path: ['options', index, 'id'],
        });
      } else seen.set(option.id, index);
    });

    const recommended = scenario.options.filter((o) => o.recommended).length;
    if (recommended !== 1 && recommended !== 2) {
      ctx.addIssue({
        code: 'custom',
        message: 'recommend exactly one option, or two when the best answer depends on context',
        path: ['options'],
      });
      return;
    }
    const twoDefensible = recommended === 2;
    scenario.options.forEach((option, index) => {
      if (twoDefensible && option.recommended && !option.bestIf) {
        ctx.addIssue({
          code: 'custom',
          message: 'when two options are recommended, each needs bestIf: the context in which it is the better move',
          path: ['options', index, 'bestIf'],
        });
      }
      if (option.bestIf && !(twoDefensible && option.recommended)) {
        ctx.addIssue({
          code: 'custom',
          message: 'bestIf belongs only on a recommended option of a scenario with two recommended options',
          path: ['options', index, 'bestIf'],
        });
      }
    });
    if (twoDefensible && !scenario.tipsTheChoice) {
      ctx.addIssue({
        code: 'custom',
        message: 'when two options are recommended, the scenario needs tipsTheChoice: what would tip the choice',
        path: ['tipsTheChoice'],
      });
    }
    if (!twoDefensible && scenario.tipsTheChoice) {
      ctx.addIssue({
        code: 'custom',
        message: 'tipsTheChoice belongs only in a scenario with two recommended options',
        path: ['tipsTheChoice'],
      });
    }
  });
