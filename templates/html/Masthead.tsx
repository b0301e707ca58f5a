/**
 * The masthead: publisher, the title set as a title block (short words such
 * as "in" smaller, as in the printed issue), edition, date and the PDF link.
 */
import type { Issue } from '../../src/model/types.js';
import { useHtml } from '../../src/render/html/environment.js';
import { formatBytes, formatDate, stringsFor } from '../strings.js';

/** The page header with the issue's title block. */
export function Masthead({ issue }: { issue: Issue }) {
  const { download } = useHtml();
  const strings = stringsFor(issue.lang);
  const [first, ...rest] = issue.title.split(/\s+/);
  return (
    <header className="masthead">
      <p className="masthead-publisher">{issue.publisher}</p>
      <h1 className="masthead-title">
        <span className="masthead-main">{first}</span>
        {rest.map((word, i) => (
          <span key={i}>
            {' '}
            <span className={word.length <= 3 ? 'masthead-small' : 'masthead-caps'}>{word}</span>
          </span>
        ))}
      </h1>
      <p className="masthead-edition">
        {issue.edition ? <>{issue.edition} · </> : null}
        <time dateTime={issue.date}>{formatDate(issue.date, issue.lang)}</time>
      </p>
      {download ? (
        <p className="download">
          <a href={download.href} type="application/pdf">
            {strings.download} <span className="download-details">({strings.pdfDetails(download.pages, formatBytes(download.bytes, issue.lang))})</span>
          </a>
        </p>
      ) : null}
    </header>
  );
}
