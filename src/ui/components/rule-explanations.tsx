/**
 * Each rule that fired, with what it means, what to do and its sources. Its own module
 * because the words come from the bundled rule tables (the whole prebuilt engine
 * tables): the popup imports it lazily, on "Why?", so opening the popup does not load
 * them (issue #11.6). Pages that show explanations at once import it directly.
 */
import { ruleById, ruleTitle } from '../labels';
import { Advice, SourceList } from './flag-parts';

/** Each rule that fired, with what it means and what to do (from the bundled rule data). */
export function RuleExplanations({ ruleIds }: { ruleIds: readonly string[] }) {
  const unique = [...new Set(ruleIds)];
  return (
    <ul className="rules">
      {unique.map((id) => {
        const rule = ruleById(id);
        return (
          <li key={id} className="rule">
            <h4 className="rule-title">{ruleTitle(id)}</h4>
            {rule ? (
              <>
                <p data-testid="flag-explanation">{rule.explanation}</p>
                <Advice advice={rule.advice} />
                <SourceList refs={rule.sources} />
              </>
            ) : (
              <p data-testid="flag-explanation">A rule from another version of Candor ({id}); its explanation is not available.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
