import path from 'node:path';

const OUTPUT = path.resolve(import.meta.dirname, '../../.output');

/** The two builds `npm test` makes: `wxt build` and `wxt build -b firefox` (both MV3). */
export const BUILDS = [
  { name: 'chrome', dir: path.join(OUTPUT, 'chrome-mv3') },
  { name: 'firefox', dir: path.join(OUTPUT, 'firefox-mv3') },
] as const;
