/**
 * One copy of each explanation, advice, source id and example text the background sends.
 * Every verdict arrives as a fresh structured clone, so a long conversation with many
 * flagged replies held the same rule texts hundreds of times (issue #13: heap added at
 * 500 turns). The table is bounded: past its size, texts are kept as they came.
 */
import type { Analysis } from '../engine/types';
import type { RuleExamplePair } from '../messaging/protocol';

/** Distinct texts kept; the bundled rules have a few hundred explanations and examples. */
const MAX_SHARED_TEXTS = 4000;

export class SharedTexts {
  private readonly texts = new Map<string, string>();

  /** Distinct texts held. */
  get size(): number {
    return this.texts.size;
  }

  /** The first copy seen of `text` (or `text` itself when the table is full). */
  share(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < MAX_SHARED_TEXTS) this.texts.set(text, text);
    return text;
  }

  /** The judgement with its repeated texts replaced by their first copies (same values). */
  shareJudgement({ analysis, examples }: { analysis: Analysis; examples: RuleExamplePair[] }): {
    analysis: Analysis;
    examples: RuleExamplePair[];
  } {
    const flags = analysis.flags.map((flag) => ({
      ...flag,
      ruleId: this.share(flag.ruleId),
      explanation: this.share(flag.explanation),
      advice: this.share(flag.advice),
      sources: flag.sources.map((source) => this.share(source)),
    }));
    const pairs = examples.map((pair) => ({
      ruleId: this.share(pair.ruleId),
      flattering: this.share(pair.flattering),
      straight: this.share(pair.straight),
    }));
    return { analysis: { ...analysis, flags }, examples: pairs };
  }
}
