import { candorContentScript } from '@/src/content/content-script';
import { perplexityAdapter } from '@/src/sites/perplexity';

export default candorContentScript(perplexityAdapter);
