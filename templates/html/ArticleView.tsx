/**
 * One article: its header (kicker, title, subtitle, lead, and for a column
 * the author with portrait), its body, the editorial's signature, footnotes.
 * The article type becomes a class, so the stylesheet can set the editorial,
 * the column and notices apart.
 */
import type { Article } from '../../src/model/types.js';
import { Blocks } from './Blocks.js';
import { Byline } from './Byline.js';
import { Footnotes } from './Footnotes.js';
import { direction } from './inline-components.js';

/** An `<article>` with its header. */
export function ArticleView({ article, issueLang }: { article: Article; issueLang: string }) {
  const titleId = `${article.id}_title`;
  const bylineOnTop = article.type === 'column';
  return (
    <article id={article.id} className={`article article--${article.type}`} aria-labelledby={titleId} lang={article.lang === issueLang ? undefined : article.lang} dir={direction(article.lang, issueLang)}>
      <header className="article-header">
        {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
        <h2 id={titleId} className="article-title">{article.title}</h2>
        {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
        {bylineOnTop ? <Byline article={article} /> : null}
        {article.lead ? <p className="lead">{article.lead}</p> : null}
      </header>
      <div className={`article-body columns-${article.columns}`}>
        <Blocks nodes={article.body} />
      </div>
      {!bylineOnTop && (article.author || article.portrait) ? <Byline article={article} /> : null}
      <Footnotes article={article} />
    </article>
  );
}
