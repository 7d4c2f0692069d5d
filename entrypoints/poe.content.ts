import { candorContentScript } from '@/src/content/content-script';
import { poeAdapter } from '@/src/sites/poe';

export default candorContentScript(poeAdapter);
