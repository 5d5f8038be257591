/**
 * The share format's constants, in a module of their own with no schema library behind it: the share panel's code,
 * which every page with an island shares through index.ts, needs them without the codec.
 */

/** Says that a decoded value is a share of this course, not some other JSON. */
export const SHARE_FORMAT = 'fbe-share';
/** The newest payload version this code reads and the one it writes. A change of shape raises it (see migrateShare). */
export const SHARE_VERSION = 1;
/** The longest display name a learner can put on a share. */
export const MAX_SHARE_NAME_LENGTH = 80;
