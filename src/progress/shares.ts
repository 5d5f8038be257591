/**
 * Share links: the second door into src/progress, for pages that must never touch the viewer's own stored progress
 * (the mentor view at /shared/). Unlike index.ts, nothing imported from here opens storage: this file and everything
 * it imports stay clear of instance.ts, storage-engine.ts and progress.ts, and tests/unit/share-door.test.ts walks the
 * imports to keep it so. The share panel on My progress may import these from index.ts or from here.
 */
export {
  SHARE_FORMAT,
  SHARE_VERSION,
  MAX_SHARE_NAME_LENGTH,
  SharePayloadV1,
  migrateShare,
  type SharePayload,
} from './share-payload.ts';
export { MAX_SHARE_JSON_BYTES, MAX_SHARE_LINK_LENGTH, SHARE_PROBLEM_MESSAGES, type ShareProblem } from './share-problems.ts';
export { ShareSizeError, decodeShare, encodeShare, shareLength, type ShareOptions, type ShareResult } from './share-codec.ts';
export { shareItemCosts, shareItems, withoutShareItem, type ShareItem, type ShareItemCost } from './share-costs.ts';
export { PBKDF2_ITERATIONS } from './share-crypto.ts';
