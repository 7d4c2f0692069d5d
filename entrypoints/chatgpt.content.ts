import { candorContentScript } from '@/src/content/content-script';
import { chatgptAdapter } from '@/src/sites/chatgpt';

export default candorContentScript(chatgptAdapter);
