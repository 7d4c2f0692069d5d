import { startPopupReads, type EarlyApi } from '@/src/ui/popup/early-reads';
import '@/src/ui/styles.css';
import '@/src/ui/popup/popup.css';

// The storage reads first, the UI after (issue #11.6): the reads run while the browser
// fetches and evaluates React and the UI. Firefox names the API `browser`, Chrome `chrome`.
const api = (globalThis as { browser?: EarlyApi }).browser ?? (globalThis as { chrome?: EarlyApi }).chrome;
const early = api ? startPopupReads(api, location.search) : undefined;

const root = document.getElementById('root');
if (root) void import('@/src/ui/popup/mount').then(({ mountPopup }) => mountPopup(root, early));
