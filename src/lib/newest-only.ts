/**
 * Only the newest of a run of requests counts: starting one aborts the one before, so an older read that would finish
 * later (a long read overtaken by a file dropped meanwhile, say) stops opening links and its result is dropped.
 */
export function newestOnly() {
  let newest: AbortController | undefined;
  return {
    /** A new request; its signal aborts when the next one starts. */
    start(): AbortSignal {
      newest?.abort();
      newest = new AbortController();
      return newest.signal;
    },
    /** Whether any request has started yet. */
    get started() {
      return newest !== undefined;
    },
  };
}
