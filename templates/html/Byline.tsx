/**
 * Who wrote an article: for the editorial a signature under the text (portrait,
 * name, role), for a column "Ansichten von <role> <name>" with the portrait.
 */
import type { Article } from '../../src/model/types.js';
import { useHtml } from '../../src/render/html/environment.js';
import { stringsFor } from '../strings.js';

/** The author block of an article. */
export function Byline({ article }: { article: Article }) {
  const { imageUrl } = useHtml();
  const strings = stringsFor(article.lang);
  const portrait = article.portrait?.image.asset ? (
    <img className="portrait" src={imageUrl(article.portrait.image)} alt={article.portrait.alt} width={article.portrait.image.asset.width} height={article.portrait.image.asset.height} loading="lazy" decoding="async" />
  ) : null;
  if (article.type === 'column') {
    return (
      <div className="byline byline--column">
        {portrait}
        <p>{strings.viewsOf} {article.role ? <>{article.role} </> : null}<span className="byline-name">{article.author}</span></p>
      </div>
    );
  }
  return (
    <footer className="byline byline--signature">
      {portrait}
      <p>
        {article.author ? <span className="byline-name">{article.author}</span> : null}
        {article.role ? <span className="byline-role">{article.role}</span> : null}
      </p>
    </footer>
  );
}
