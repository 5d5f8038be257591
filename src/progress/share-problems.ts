/** Why a share link could not be opened or made: each has its own plain message for the person holding the link. */
export type ShareProblem =
  | 'empty'
  | 'not-a-share'
  | 'incomplete'
  | 'damaged'
  | 'newer'
  | 'too-long'
  | 'too-large'
  | 'passphrase-needed'
  | 'wrong-passphrase';

/** The longest share link, in characters after the `#`: both the builder and the reader refuse anything longer. */
export const MAX_SHARE_LINK_LENGTH = 64 * 1024;
/** The most a share may hold once decompressed, in bytes of JSON: decompression stops here (no deflate bomb). */
export const MAX_SHARE_JSON_BYTES = 1024 * 1024;

/** What the mentor view says for each problem. Each says what to do next; none echoes anything from the link. */
export const SHARE_PROBLEM_MESSAGES: Record<ShareProblem, string> = {
  empty: 'This link holds no shared progress: the part after “#” is missing. Ask the learner to copy the whole link again.',
  'not-a-share':
    'This is not a share link from this course. Check that you pasted the link the learner sent, from “#” to the end.',
  incomplete:
    'This link is incomplete: it was cut short, perhaps when it was copied or sent. Ask the learner to copy the whole link again (the Copy button copies all of it).',
  damaged:
    'This link is damaged: some of its characters were changed after it was made, so it cannot be read. Ask the learner to copy it again.',
  newer:
    'This link was made by a newer version of the course. Reload this page to get the newest version, then open the link again.',
  'too-long': `This link is longer than a share link can be (${MAX_SHARE_LINK_LENGTH / 1024} KB), so it was not opened. Ask the learner to share fewer items.`,
  'too-large': `This link unpacks to more than a share can hold (${MAX_SHARE_JSON_BYTES / 1024 / 1024} MB), so it was not opened. Ask the learner to share fewer items.`,
  'passphrase-needed': 'This link is protected by a passphrase. Enter the passphrase the learner gave you.',
  'wrong-passphrase':
    'That passphrase does not open this link. Check it with the learner; capitals, spaces and punctuation count.',
};
