/**
 * Renders laid-out pages with @react-pdf/render, one node at a time, and
 * marks every painted thing: content inside a tag becomes marked content of
 * that tag's structure element, everything else (frames, rules, the running
 * footer, decorative pictures, the backgrounds and borders of boxes) an
 * artifact. Inline tags switch the marked content run by run (see
 * inline-markers.ts); links get their annotation with a structure parent and
 * a description; words cut by a line break are extracted whole.
 */
import { createHash } from 'node:crypto';
import renderDocument from '@react-pdf/render';
import type { PdfKitDocument } from '../document.js';
import type { LayoutNode, LayoutRun } from '../layout-types.js';
import { isArtifact, type ArtifactKind, type StructureTag, type Tag } from './tag.js';
import { createStructure, type StructElement, type Structure } from './structure.js';
import { isRunMarker } from './inline-markers.js';
import { drawGlyphs } from './glyphs.js';

type RenderFn = (ctx: PdfKitDocument, root: { children: LayoutNode[] }) => void;
const render = renderDocument as unknown as RenderFn;

/** State of the marked content being written. */
interface Marking {
  doc: PdfKitDocument;
  structure: Structure;
  /** Element whose marked content is open, if any. */
  open: StructElement | undefined;
  /** Owner of the text block being drawn. */
  block: StructElement | undefined;
  runs: Map<unknown, LayoutRun>;
  headings: DrawnHeading[];
  seen: Set<Tag>;
  /** Page index and offset of the node being drawn. */
  page: number;
  x: number;
  y: number;
}

/** A heading as drawn: for the outline. */
export interface DrawnHeading {
  level: number;
  title: string;
  /** 0-based page index. */
  page: number;
  x: number;
  y: number;
}

/** Renders all pages into the document, tagged, and returns the headings in reading order; the caller ends the document. */
export function renderTagged(doc: PdfKitDocument, pages: readonly LayoutNode[], lang: string, onPage?: (index: number) => void): DrawnHeading[] {
  const structure = createStructure(doc, lang);
  const runs = new Map<unknown, LayoutRun>();
  for (const page of pages) indexRuns(page, runs);
  const state: Marking = { doc, structure, open: undefined, block: undefined, runs, headings: [], seen: new Set(), page: 0, x: 0, y: 0 };
  const restore = installHooks(state);
  try {
    for (const [index, page] of pages.entries()) {
      state.page = index;
      render(doc, { children: [{ ...page, children: [] }] });
      onPage?.(index);
      for (const child of page.children ?? []) {
        const group = child.group as StructureTag | undefined;
        renderNode(state, child, group ? structure.element(group, structure.root) : structure.root);
      }
      close(state);
    }
  } finally {
    restore();
  }
  structure.finish();
  return state.headings;
}

function indexRuns(node: LayoutNode, runs: Map<unknown, LayoutRun>): void {
  for (const line of node.lines ?? []) for (const run of line.runs) runs.set(run.positions, run);
  for (const child of node.children ?? []) indexRuns(child, runs);
}

function renderNode(state: Marking, node: LayoutNode, owner: StructElement): void {
  const tag = node.props.tag as Tag | undefined;
  if (tag !== undefined && isArtifact(tag)) {
    artifact(state, tag.kind, () => draw(state, node));
    return;
  }
  const element = tag === undefined ? owner : state.structure.element(tag as StructureTag, owner);
  if (node.type === 'TEXT' || node.type === 'IMAGE') {
    if (element === state.structure.root) {
      artifact(state, 'Layout', () => draw(state, node));
      return;
    }
    if (tag !== undefined && /^H[1-6]$/.test(tag.role) && !state.seen.has(tag)) {
      state.seen.add(tag);
      state.headings.push({ level: Number(tag.role.slice(1)), title: textOf(node).trim(), page: state.page, x: state.x + node.box.left, y: state.y + node.box.top });
    }
    open(state, element);
    state.block = element;
    draw(state, node);
    state.block = undefined;
    close(state);
    return;
  }
  if (paints(node)) artifact(state, 'Layout', () => draw(state, { ...node, children: [] }));
  const children = node.children ?? [];
  if (children.length === 0) return;
  state.doc.save();
  state.doc.translate(node.box.left, node.box.top);
  state.x += node.box.left;
  state.y += node.box.top;
  for (const child of children) renderNode(state, child, element);
  state.x -= node.box.left;
  state.y -= node.box.top;
  state.doc.restore();
}

/** The text a text node was made from (without the hyphens line breaking added). */
function textOf(node: LayoutNode): string {
  if (node.type === 'TEXT_INSTANCE') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Renders a node (and what React-PDF draws of its subtree) through the public entry of @react-pdf/render. */
function draw(state: Marking, node: LayoutNode): void {
  const { id: _id, bookmark: _bookmark, ...props } = node.props as Record<string, unknown>;
  render(state.doc, { children: [{ ...node, props: props as LayoutNode['props'] }] });
}

/** True when a box paints something of its own: a background or a border. */
function paints(node: LayoutNode): boolean {
  const s = node.style;
  const b = node.box;
  return s.backgroundColor !== undefined || (b.borderTopWidth ?? 0) > 0 || (b.borderBottomWidth ?? 0) > 0 || (b.borderLeftWidth ?? 0) > 0 || (b.borderRightWidth ?? 0) > 0;
}

function artifact(state: Marking, kind: ArtifactKind, paint: () => void): void {
  close(state);
  state.doc.markContent('Artifact', { type: kind });
  paint();
  state.doc.endMarkedContent();
}

function open(state: Marking, element: StructElement): void {
  if (state.open === element) return;
  close(state);
  const role = String(element.dictionary.data.S);
  const content = state.doc.markStructureContent(role);
  element.add(content);
  state.open = element;
}

function close(state: Marking): void {
  if (state.open === undefined) return;
  state.doc.endMarkedContent();
  state.open = undefined;
}

/** Hooks React-PDF's per-run link call and glyph drawing; returns a function that removes them. */
function installHooks(state: Marking): () => void {
  const doc = state.doc;
  const link = doc.link as (x: number, y: number, w: number, h: number, url: string, options?: object) => unknown;
  const end = doc.end as () => unknown;
  doc.end = () => doc;
  // React-PDF caches embedded images per render call; this renderer calls it per node, so cache per document, by content.
  const openImage = doc.openImage as (src: unknown) => unknown;
  const images = new Map<string, unknown>();
  doc.openImage = function openImageOnce(src: unknown) {
    if (!(src instanceof Uint8Array)) return openImage.call(doc, src);
    const key = createHash('sha1').update(src).digest('hex');
    let image = images.get(key);
    if (image === undefined) {
      image = openImage.call(doc, src);
      images.set(key, image);
    }
    return image;
  };
  doc.link = function markRun(x: number, y: number, w: number, h: number, target: unknown) {
    if (!isRunMarker(target) || state.block === undefined) return doc;
    let owner = state.block;
    let linkTag: StructureTag | undefined;
    let linkElement: StructElement | undefined;
    for (const tag of target.chain) {
      owner = state.structure.element(tag, owner);
      if (tag.role === 'Link') {
        linkTag = tag;
        linkElement = owner;
      }
    }
    open(state, owner);
    if (linkTag?.href !== undefined && linkElement !== undefined) {
      link.call(doc, x, y, w, h, linkTag.href, { structParent: linkElement, Contents: new String(linkTag.title ?? linkTag.href) });
      const reference = linkElement._children.at(-1) as { pageRef?: unknown };
      reference.pageRef = doc.page.dictionary;
    }
    return doc;
  };
  doc.glyphs = function drawRun(glyphs: never, positions: never, x: number, y: number) {
    const run = state.runs.get(positions);
    const owner = state.open;
    const spans = owner === undefined ? [] : run?.actualText ?? [];
    drawGlyphs(doc, glyphs, positions, x, y, spans, {
      enter(span) {
        // A Span of its own, with the whole word (or nothing) as ActualText, in the structure and in the content.
        const actual = new String(span.actual);
        const element = doc.struct('Span', { actual }) as StructElement;
        owner!.add(element);
        close(state);
        element.add(doc.markStructureContent('Span', { actual }));
        state.open = element;
      },
      leave() {
        close(state);
        open(state, owner!);
      },
    });
    return doc;
  };
  return () => {
    doc.link = link;
    doc.end = end;
    doc.openImage = openImage;
    delete doc.glyphs;
  };
}
