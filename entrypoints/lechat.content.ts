import { candorContentScript } from '@/src/content/content-script';
import { lechatAdapter } from '@/src/sites/lechat';

export default candorContentScript(lechatAdapter);
