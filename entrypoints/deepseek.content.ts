import { candorContentScript } from '@/src/content/content-script';
import { deepseekAdapter } from '@/src/sites/deepseek';

export default candorContentScript(deepseekAdapter);
