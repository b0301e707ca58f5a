/**
 * The shapes of React-PDF's laid-out tree that Blattwerk reads and moves
 * (@react-pdf/layout 5.2.0). Only the fields used here are declared.
 */
import type { Tag } from './tagging/tag.js';

/** A laid-out box: position relative to the parent's border box, size, and edges. */
export interface LayoutBox {
  top: number;
  left: number;
  width: number;
  height: number;
  marginTop?: number;
  marginBottom?: number;
  marginLeft?: number;
  marginRight?: number;
  paddingTop?: number;
  paddingBottom?: number;
  paddingLeft?: number;
  paddingRight?: number;
  borderTopWidth?: number;
  borderBottomWidth?: number;
  borderLeftWidth?: number;
  borderRightWidth?: number;
}

/** A glyph run of a line, as textkit made it. */
export interface LayoutRun {
  start: number;
  end: number;
  attributes: Record<string, unknown> & { link?: unknown; font?: { unitsPerEm?: number }[]; fontSize?: number };
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  stringIndices?: number[];
  glyphIndices?: number[];
  xAdvance?: number;
  height?: number;
  ascent?: number;
  descent?: number;
  /** Set by Blattwerk: glyph ranges drawn with ActualText (words cut by a line break). */
  actualText?: { from: number; to: number; actual: string }[];
}

/** A line of a text block. */
export interface LayoutLine {
  box: { x: number; y: number; width: number; height: number };
  string: string;
  runs: LayoutRun[];
  ascent?: number;
  overflowRight?: number;
  /** Set by Blattwerk: the line ends in a hyphen the text itself has (the break was at that hyphen). */
  explicitHyphen?: boolean;
}

/** A node of the laid-out tree. */
export interface LayoutNode {
  type: string;
  box: LayoutBox;
  style: Record<string, unknown>;
  props: Record<string, unknown> & { tag?: Tag; wrap?: boolean; minPresenceAhead?: number; id?: string; blockId?: number };
  children?: LayoutNode[];
  lines?: LayoutLine[];
  value?: string;
  image?: unknown;
  /** Set by the make-up on top-level nodes: the tag of the part of the issue they belong to (an article's Art). */
  group?: Tag;
  /** Set by the make-up on top-level nodes: the label of the region they were placed in. */
  region?: string;
  [key: string]: unknown;
}
