/** The footnotes of an article, each with a link back to where it is referenced. */
import type { Article } from '../../src/model/types.js';
import { stringsFor } from '../strings.js';
import { Blocks } from './Blocks.js';

/** A numbered list of footnotes, or nothing. */
export function Footnotes({ article }: { article: Article }) {
  if (article.footnotes.length === 0) return null;
  const strings = stringsFor(article.lang);
  const labelId = `${article.id}_footnotes`;
  return (
    <section className="footnotes" aria-labelledby={labelId}>
      <h3 id={labelId} className="footnotes-title">{strings.footnotes}</h3>
      <ol>
        {article.footnotes.map((note) => (
          <li key={note.id} id={note.anchor}>
            <Blocks nodes={note.children} />
            <a href={`#${note.backAnchor}`} className="footnote-back" aria-label={`${strings.backToText} (${strings.footnote} ${note.number})`}>↩</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
