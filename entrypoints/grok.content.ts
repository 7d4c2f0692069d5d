import { candorContentScript } from '@/src/content/content-script';
import { grokAdapter } from '@/src/sites/grok';

export default candorContentScript(grokAdapter);
