/**
 * Compiled tables as shipped: the prepared rules (validated, templates compiled) as
 * plain JSON, plus the word vocabulary their word ids refer to. Only the cheap last
 * step, indexing (assembleRules), runs when they are loaded.
 *
 * Word ids are positions in text.ts's shared vocabulary, which starts with the words
 * text.ts interns itself and grows as templates are compiled. The build records the
 * vocabulary after compiling; at run time it is replayed, before anything else interns
 * a word, so every id in the tables means the same word again. A mismatch (a different
 * text.ts, or something interned first) is an error, never silently wrong matching.
 */
import type { PreparedModel, PreparedTables } from './bundled-assemble';
import type { PreparedRules } from './compile';
import { packTemplate, unpackTemplate, type CompiledTemplate, type PackedTemplate } from './pattern';
import { internWord, reserveWords, wordOf } from './text';

type Packed<T> = Omit<T, 'templates'> & { templates: PackedTemplate[] };
type Unpacked<T> = Omit<T, 'templates'> & { templates: CompiledTemplate[] };

export interface PackedRules {
  rules: Packed<PreparedRules['rules'][number]>[];
  signals: Packed<PreparedRules['signals'][number]>[];
  counters: Packed<PreparedRules['counters'][number]>[];
}

export interface PrebuiltTables {
  vocabulary: string[];
  rules: PackedRules;
  /** The fitted model, validated at build time (or the reason it was refused). */
  model: PreparedModel;
}

/** The whole vocabulary interned so far, in id order. */
export function currentVocabulary(): string[] {
  const words: string[] = [];
  for (;;) {
    try {
      words.push(wordOf(words.length));
    } catch {
      return words;
    }
  }
}

const pack = <T extends { templates: CompiledTemplate[] }>(item: T): Packed<T> => ({
  ...item,
  templates: item.templates.map(packTemplate),
});
const unpack = <T extends { templates: PackedTemplate[] }>(item: T): Unpacked<T> => ({
  ...item,
  templates: item.templates.map(unpackTemplate),
});

/** Pack prepared tables for shipping (build time, right after preparing them). */
export function packTables(prepared: PreparedTables): PrebuiltTables {
  const { rules, signals, counters } = prepared.rules;
  return {
    vocabulary: currentVocabulary(),
    rules: { rules: rules.map(pack), signals: signals.map(pack), counters: counters.map(pack) },
    model: prepared.model,
  };
}

/** Give every recorded word its recorded id again (run time, before any other interning). */
export function restoreVocabulary(vocabulary: readonly string[]): void {
  reserveWords(vocabulary.length);
  vocabulary.forEach((word, id) => {
    const got = internWord(word);
    if (got !== id) {
      throw new Error(
        `Candor's prebuilt tables do not fit this engine: "${word}" has id ${got}, the build gave it ${id}. Rebuild.`,
      );
    }
  });
}

/** Unpack tables packed by packTables (restoreVocabulary must have run). */
export function unpackTables(rules: PackedRules, model: PreparedModel): PreparedTables {
  return {
    rules: { rules: rules.rules.map(unpack), signals: rules.signals.map(unpack), counters: rules.counters.map(unpack) },
    model,
  };
}
