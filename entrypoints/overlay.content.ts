import { candorOverlayScript } from '@/src/content/overlay-script';

export default candorOverlayScript();
