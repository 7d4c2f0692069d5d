/**
 * The background bumps this storage.session key after every history write, so open
 * history pages refresh without polling (IndexedDB has no change events).
 */
export const HISTORY_REVISION_KEY = 'historyRevision';
