import { candorContentScript } from '@/src/content/content-script';
import { geminiAdapter } from '@/src/sites/gemini';

export default candorContentScript(geminiAdapter);
