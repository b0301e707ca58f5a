/**
 * A picture with caption and photo credit. Informative pictures carry their
 * alt text; decorative ones get `alt=""` and are hidden from assistive
 * technology.
 */
import type { FigureNode } from '../../src/model/types.js';
import { useHtml } from '../../src/render/html/environment.js';
import { Inlines } from './Blocks.js';

/** `<figure>` with `<figcaption>`, or a bare decorative `<img>`. */
export function Figure({ node }: { node: FigureNode }) {
  const { imageUrl } = useHtml();
  const asset = node.image.asset;
  const img = (
    <img
      src={imageUrl(node.image)}
      alt={node.decorative ? '' : node.alt ?? ''}
      width={asset?.width}
      height={asset?.height}
      loading="lazy"
      decoding="async"
    />
  );
  const hasCaption = node.caption.length > 0 || node.credit !== undefined;
  if (!hasCaption) return node.decorative ? <div className="figure figure--decorative" aria-hidden="true">{img}</div> : <figure className="figure">{img}</figure>;
  return (
    <figure className={`figure${node.span ? ' figure--span' : ''}`}>
      {img}
      <figcaption>
        {node.caption.length > 0 ? <Inlines nodes={node.caption} /> : null}
        {node.credit ? <>{node.caption.length > 0 ? ' ' : null}<small className="credit">{node.credit}</small></> : null}
      </figcaption>
    </figure>
  );
}
