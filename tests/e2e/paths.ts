import path from 'node:path';

/** The Chrome MV3 build that `wxt build` writes. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
