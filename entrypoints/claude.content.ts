import { candorContentScript } from '@/src/content/content-script';
import { claudeAdapter } from '@/src/sites/claude';

export default candorContentScript(claudeAdapter);
