/**
 * A picture sized to its column (or to the full width when it spans), never
 * taller than most of a column, with its caption and © credit below.
 * Informative pictures are Figures with alt text; decorative ones artifacts.
 */
import type { FigureNode } from '../../src/model/types.js';
import { usePdf } from '../../src/render/pdf/environment.js';
import { View, Text } from '../../src/render/pdf/primitives.js';
import { Caption, DecorativeImage, Div, Figure as TaggedFigure } from '../../src/render/pdf/tagging/components.js';
import { Inlines } from './Blocks.js';
import { grid, styles } from './styles.js';

/** A figure block. */
export function Figure({ node }: { node: FigureNode }) {
  const { image, width, columnHeight } = usePdf();
  const source = image(node.image);
  const asset = node.image.asset;
  if (source === undefined || asset === undefined) return null;
  let w = width;
  let h = (w * asset.height) / asset.width;
  const maxHeight = columnHeight * 0.6;
  if (h > maxHeight) {
    h = maxHeight;
    w = (h * asset.width) / asset.height;
  }
  const picture = node.decorative
    ? <DecorativeImage src={source} style={{ width: w, height: h }} />
    : <TaggedFigure src={source} alt={node.alt ?? ''} width={w} height={h} />;
  const hasCaption = node.caption.length > 0 || node.credit !== undefined;
  // A decorative picture without a caption has nothing to group: a plain box, no Div in the structure.
  const Group = node.decorative && !hasCaption ? View : Div;
  return (
    <Group style={{ marginTop: grid / 2, marginBottom: grid / 2 }} wrap={false}>
      <View>{picture}</View>
      {hasCaption ? (
        <Caption style={styles.caption}>
          {node.caption.length > 0 ? <Inlines nodes={node.caption} /> : null}
          {node.credit ? <Text style={styles.credit}>{node.caption.length > 0 ? ' ' : ''}{node.credit}</Text> : null}
        </Caption>
      ) : null}
    </Group>
  );
}
