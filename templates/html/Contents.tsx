/** The table of contents: a navigation landmark linking every article. */
import type { Issue } from '../../src/model/types.js';
import { stringsFor } from '../strings.js';
import { direction } from './inline-components.js';

/** Links to the articles of the issue, in order. */
export function Contents({ issue }: { issue: Issue }) {
  const strings = stringsFor(issue.lang);
  return (
    <nav className="contents" aria-labelledby="_contents">
      <h2 id="_contents">{strings.contents}</h2>
      <ol>
        {issue.articles.map((article) => (
          <li key={article.id} lang={article.lang === issue.lang ? undefined : article.lang} dir={direction(article.lang, issue.lang)}>
            <a href={`#${article.id}`}>{article.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
