/**
 * Each rule that fired, with what it means, what to do and its sources. The words come
 * from the small generated rule-texts.json, never the rule tables (issue #11.6), so every
 * page can import it; the popup renders it only on "Why?".
 */
import { ruleName } from '../../vocabulary';
import { ruleText } from '../rule-texts';
import { Advice, SourceList } from './flag-parts';

/** Each rule that fired, with what it means and what to do (from the bundled rule data). */
export function RuleExplanations({ ruleIds }: { ruleIds: readonly string[] }) {
  const unique = [...new Set(ruleIds)];
  return (
    <ul className="rules">
      {unique.map((id) => {
        const rule = ruleText(id);
        return (
          <li key={id} className="rule">
            <h4 className="rule-title">{ruleName(id)}</h4>
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
