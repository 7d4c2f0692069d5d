import { candorContentScript } from '@/src/content/content-script';
import { copilotAdapter } from '@/src/sites/copilot';

export default candorContentScript(copilotAdapter);
