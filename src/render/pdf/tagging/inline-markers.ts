/**
 * Inline semantics on glyph runs. React-PDF merges nested text into glyph
 * runs and keeps only a whitelist of attributes on them, so a language
 * change or a link inside a paragraph would be lost to the tagging. Before
 * layout every piece of text is wrapped so its run carries a marker in the
 * one free-form attribute that survives (`link`), naming the inline tags it
 * sits in. At render time React-PDF calls `ctx.link` for every such run right
 * before drawing its glyphs, which is where the marked content switches.
 */
import type { LayoutNode } from '../layout-types.js';
import type { StructureTag, Tag } from './tag.js';

/** The marker a run carries: the inline tags around it, outermost first. */
export class RunMarker extends String {
  readonly chain: readonly StructureTag[];
  constructor(chain: readonly StructureTag[]) {
    super('');
    this.chain = chain;
  }
  /** Keeps React-PDF on its `ctx.link` path (it treats strings starting with `#` as internal destinations). */
  override match(): null {
    return null;
  }
}

/** True for a run marker. */
export function isRunMarker(value: unknown): value is RunMarker {
  return value instanceof RunMarker;
}

/**
 * Wraps every text leaf inside block text in a marker-carrying text node
 * (mutates the instance tree before layout), and numbers the text blocks
 * (`props.blockId`) so a block can be found again after layout. Returns the
 * blocks by number.
 */
export function markInlineRuns(root: LayoutNode): Map<number, LayoutNode> {
  const blocks = new Map<number, LayoutNode>();
  const visit = (node: LayoutNode): void => {
    if (node.type === 'TEXT') {
      node.props.blockId = blocks.size;
      blocks.set(blocks.size, node);
      // textkit takes the first-line indent from the first run, which is now a wrapper: give it the block's.
      const indent = flatStyle(node.style).textIndent;
      markText(node, [], indent === undefined ? {} : { textIndent: indent });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return blocks;
}

function markText(text: LayoutNode, chain: readonly StructureTag[], style: Record<string, unknown>): void {
  const children = text.children ?? [];
  text.children = children.map((child) => {
    if (child.type === 'TEXT_INSTANCE') {
      return { type: 'TEXT', box: {} as LayoutNode['box'], style, props: { href: new RunMarker(chain) }, children: [child] } as LayoutNode;
    }
    if (child.type === 'TEXT' || child.type === 'LINK') {
      const tag = child.props.tag as Tag | undefined;
      const inner = tag && tag.role !== 'Artifact' ? [...chain, tag] : chain;
      // The URL lives in the tag; an href left here would shadow the markers of the text inside.
      const { href: _href, src: _src, ...props } = child.props as Record<string, unknown>;
      child.props = props as LayoutNode['props'];
      markText(child, inner, style);
    }
    return child;
  });
}

/** A style as one object (instances may carry arrays of styles until layout flattens them). */
export function flatStyle(style: unknown): Record<string, unknown> {
  if (Array.isArray(style)) return Object.assign({}, ...style.flat(Infinity).filter(Boolean)) as Record<string, unknown>;
  return (style ?? {}) as Record<string, unknown>;
}
