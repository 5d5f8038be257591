import { RECORD_KINDS, type RecordKind } from './records.ts';

/**
 * Where each record lives in localStorage: one key per record, so saving one reflection writes one small value
 * however much else is stored.
 */
export const PREFIX = 'fbe:';
export const VERSION_KEY = 'fbe:version';
/** Values that could not be read are copied here before anything may replace them. */
export const ASIDE_PREFIX = 'fbe:aside:';
/** The learner's data as it was just before their last import. */
export const BACKUP_KEY = 'fbe:backup';
/** A random id made once per browser for its learner (see `learnerId`). */
export const LEARNER_KEY = 'fbe:learner';

export const recordKey = (kind: RecordKind, id: string) => `${PREFIX}${kind}:${id}`;

const RECORD_KEY = new RegExp(`^${PREFIX}(${RECORD_KINDS.join('|')}):(.+)$`);

/** The kind and id of a record key, or undefined for any other key. */
export function parseRecordKey(key: string): { kind: RecordKind; id: string } | undefined {
  const match = RECORD_KEY.exec(key);
  return match ? { kind: match[1] as RecordKind, id: match[2]! } : undefined;
}

/** Which stores a key's changes concern: its record kind, the kept-aside values, or nothing the learner sees. */
export type KeyGroup = RecordKind | 'aside' | 'other';

export function keyGroup(key: string): KeyGroup {
  if (key.startsWith(ASIDE_PREFIX)) return 'aside';
  return parseRecordKey(key)?.kind ?? 'other';
}
