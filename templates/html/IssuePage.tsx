/**
 * The whole HTML page of an issue: head, skip link, masthead, contents,
 * articles, Impressum. Ids the templates make contain `_`, which the model's
 * anchors (article file names, headings, footnotes: lowercase, digits and
 * hyphens) never do, so an article named `inhalt.md` cannot take the id of
 * `main`.
 */
import type { HtmlIssueProps } from '../../src/render/template-set.js';
import { useHtml } from '../../src/render/html/environment.js';
import { stringsFor } from '../strings.js';
import { Masthead } from './Masthead.js';
import { direction } from './inline-components.js';
import { Contents } from './Contents.js';
import { ArticleView } from './ArticleView.js';
import { Impressum } from './Impressum.js';

/** Root component of the HTML output. */
export function IssuePage({ issue }: HtmlIssueProps) {
  const { stylesheet } = useHtml();
  const strings = stringsFor(issue.lang);
  const title = issue.edition ? `${issue.title} – ${issue.edition}` : issue.title;
  return (
    <html lang={issue.lang} dir={direction(issue.lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={`${title}. ${strings.publishedBy} ${issue.publisher}.`} />
        <meta name="generator" content="Blattwerk" />
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <a className="skip-link" href="#_inhalt">{strings.skipLink}</a>
        <Masthead issue={issue} />
        <Contents issue={issue} />
        <main id="_inhalt" tabIndex={-1}>
          {issue.articles.map((article) => <ArticleView key={article.id} article={article} issueLang={issue.lang} />)}
        </main>
        <Impressum issue={issue} />
      </body>
    </html>
  );
}
