import * as v from 'valibot';
import {
  attemptsSchema,
  commitmentsSchema,
  idSchema,
  isPlainObject,
  keyedByIds,
  reflectionSchema,
  scenarioSchema,
  timeSchema,
} from './records.ts';

/**
 * What a share link carries: only what the learner chose, each part checked with the same schema as the stored record
 * it was copied from. Every part but the learner's id and the time is optional, so a share holds nothing by default.
 */

import { MAX_SHARE_NAME_LENGTH, SHARE_FORMAT, SHARE_VERSION } from './share-format.ts';

export { MAX_SHARE_NAME_LENGTH, SHARE_FORMAT, SHARE_VERSION };

/** Keyed by exercise or instrument id: ids only, so `__proto__` and `constructor` never pass. */
const byId = <T extends v.GenericSchema>(value: T) => v.pipe(keyedByIds, v.record(idSchema, value));

export const SharePayloadV1 = v.strictObject({
  format: v.literal(SHARE_FORMAT),
  version: v.literal(1),
  /** The random id made once in the learner's browser (progress.learnerId()): links from one learner match. */
  learner: v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/, 'not a learner id')),
  /** A display name the learner typed, if any; shown as text. */
  name: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHARE_NAME_LENGTH))),
  /** ISO time the link was made. */
  sharedAt: timeSchema,
  /** By instrument id, the attempts the learner chose, oldest first. */
  assessments: v.optional(byId(attemptsSchema)),
  /** Ids of the lessons completed that the learner chose to share. */
  completed: v.optional(v.pipe(v.array(idSchema), v.maxLength(500))),
  /** By exercise id, the reflections the learner chose. */
  reflections: v.optional(byId(reflectionSchema)),
  /** By exercise id, the scenario answers the learner chose. */
  scenarios: v.optional(byId(scenarioSchema)),
  /** By exercise id, the commitment lists the learner chose. */
  commitments: v.optional(byId(commitmentsSchema)),
});

/** A share as this code reads and writes it (always the newest version). */
export type SharePayload = v.InferOutput<typeof SharePayloadV1>;

export type MigratedShare = { ok: true; payload: SharePayload } | { ok: false; problem: 'damaged' | 'newer' };

/**
 * The one place share versions are handled: every decoded value passes through here. Version 1 is the current
 * shape, so it is only checked. When the shape changes, add `SharePayloadV2`, keep `SharePayloadV1`, and migrate a
 * checked v1 value here, so links made by older versions of the course keep opening.
 */
export function migrateShare(value: unknown): MigratedShare {
  if (!isPlainObject(value) || value.format !== SHARE_FORMAT || !Number.isInteger(value.version)) {
    return { ok: false, problem: 'damaged' };
  }
  if ((value.version as number) > SHARE_VERSION) return { ok: false, problem: 'newer' };
  const checked = v.safeParse(SharePayloadV1, value);
  return checked.success ? { ok: true, payload: checked.output } : { ok: false, problem: 'damaged' };
}
