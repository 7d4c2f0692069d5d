/** Candor's words for every surface: categories, levels, rules, verdicts and sources. */
export * from './terms';
export * from './sources';
