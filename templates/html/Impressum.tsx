/** The Impressum at the foot of the page: every field of issue.yaml, as a description list. */
import type { Issue } from '../../src/model/types.js';
import { stringsFor } from '../strings.js';

/** The page footer with the Impressum. */
export function Impressum({ issue }: { issue: Issue }) {
  const strings = stringsFor(issue.lang);
  return (
    <footer className="impressum" aria-labelledby="_impressum">
      <h2 id="_impressum">{strings.impressum}</h2>
      <p className="impressum-publisher">{issue.publisher}</p>
      <dl>
        {issue.impressum.map((entry, i) => (
          <div key={i} className="impressum-entry">
            <dt>{entry.label}</dt>
            <dd>
              {entry.lines.map((line, j) => (
                <span key={j}>
                  {j > 0 ? <br /> : null}
                  {line}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </footer>
  );
}
