/**
 * Page make-up: places the galleys on A4 pages. Page 1 opens with the
 * masthead; each article starts where the previous one ended when enough
 * room is left, else on a new page; its header spans the columns, its body
 * flows through them from page to page and ends balanced; a picture marked
 * `span` cuts across all columns; boxed articles (the opinion column,
 * notices) get their tinted frame on every page they touch; the Impressum
 * closes the issue at the foot of the last page.
 */
import type { FlowNode } from '@react-pdf/paginate';
import type { Article, Issue } from '../../model/types.js';
import type { ArticleFrame, PageGeometry, PdfTemplates } from '../template-set.js';
import type { LayoutNode } from './layout-types.js';
import type { Galley } from './galley.js';
import { flowColumns } from './columns.js';
import { materialize } from './fragments.js';
import type { StructureTag } from './tagging/tag.js';

/** A rectangle on a page. */
export interface Rect { x: number; y: number; width: number; height: number }

/** One output page before rendering. */
export interface PagePlan {
  /** 1-based page number. */
  number: number;
  /** Laid-out nodes at their page position, in reading order. */
  nodes: LayoutNode[];
  /** Article frames to paint behind the content. */
  frames: { rect: Rect; frame: ArticleFrame }[];
}

/** The galleys of one article, as the make-up needs them. */
export interface ArticleGalleys {
  article: Article;
  header: Galley;
  /** Body segments in order: column flows and spanning blocks. */
  segments: ({ kind: 'columns'; galley: Galley; flow: FlowNode[]; shrinking: FlowNode[] } | { kind: 'span'; galley: Galley })[];
  columns: number;
  frame: ArticleFrame | undefined;
}

/** Everything to place. */
export interface MakeupInput {
  issue: Issue;
  templates: PdfTemplates;
  masthead: Galley;
  articles: ArticleGalleys[];
  impressum: Galley;
}

/** Column width of an article with `count` columns inside a frame's padding. */
export function columnWidth(geometry: PageGeometry, count: number, padding = 0): number {
  const width = geometry.width - geometry.marginLeft - geometry.marginRight - 2 * padding;
  return (width - (count - 1) * geometry.columnGap) / count;
}

/** The text width inside a frame's padding. */
export function textWidth(geometry: PageGeometry, padding = 0): number {
  return geometry.width - geometry.marginLeft - geometry.marginRight - 2 * padding;
}

/** Places everything on pages. */
export function makeUp(input: MakeupInput): PagePlan[] {
  const g = input.templates.geometry;
  const top = g.marginTop;
  const bottom = g.height - g.marginBottom;
  const left = g.marginLeft;
  const pages: PagePlan[] = [];
  let page = newPage();
  let cursor = top;

  function newPage(): PagePlan {
    const plan: PagePlan = { number: pages.length + 1, nodes: [], frames: [] };
    pages.push(plan);
    return plan;
  }
  const breakPage = () => {
    page = newPage();
    cursor = top;
  };
  const place = (galley: Galley, x: number, y: number, group?: StructureTag) => {
    for (const node of galley.nodes) page.nodes.push(grouped(shift(node, x, y), group));
  };
  const snap = (y: number) => top + Math.ceil((y - top) / g.lineHeight - 1e-6) * g.lineHeight;

  place(input.masthead, left, cursor);
  cursor = snap(cursor + input.masthead.height);

  for (const item of input.articles) {
    const art: StructureTag = { role: 'Art', title: item.article.title, lang: item.article.lang === input.issue.lang ? undefined : item.article.lang };
    const pad = item.frame?.padding ?? 0;
    const border = item.frame?.borderTopWidth ?? 0;
    const firstSegment = item.segments[0];
    const minBody = firstSegment?.kind === 'columns' ? Math.min(firstSegment.galley.height, 4 * g.lineHeight) : 0;
    if (cursor > top && cursor + 2 * pad + border + item.header.height + minBody > bottom) breakPage();
    let frameTop = cursor;
    let framePage = page;
    const closeFrame = (end: number) => {
      if (item.frame) framePage.frames.push({ rect: { x: left, y: frameTop, width: textWidth(g), height: end - frameTop }, frame: item.frame });
    };
    cursor += pad + border;
    place(item.header, left + pad, cursor, art);
    cursor += item.header.height;

    for (const segment of item.segments) {
      if (segment.kind === 'span') {
        if (cursor + segment.galley.height + pad > bottom && cursor > top + pad) {
          closeFrame(cursor + pad);
          breakPage();
          frameTop = cursor;
          framePage = page;
          cursor += pad;
        }
        place(segment.galley, left + pad, cursor, art);
        cursor = snap(cursor + segment.galley.height);
        continue;
      }
      const width = columnWidth(g, item.columns, pad);
      const areaTops: number[] = [];
      const state = { page, cursor, frameTop, framePage, frames: page.frames.length };
      const result = flowColumns(segment.flow, g.lineHeight, (index) => {
        if (index > 0) {
          Object.assign(state, { page, cursor, frameTop, framePage, frames: page.frames.length });
          closeFrame(bottom);
          breakPage();
          frameTop = cursor;
          framePage = page;
          cursor += pad;
        }
        areaTops.push(cursor);
        return { count: item.columns, height: Math.max(g.lineHeight, bottom - pad - cursor) };
      }, segment.shrinking);
      if (result.length < areaTops.length) {
        // The last page asked for was not needed after all (its pictures fit the page before): take it back.
        pages.pop();
        areaTops.pop();
        ({ page, cursor, frameTop, framePage } = state);
        page.frames.length = state.frames;
      }
      result.forEach((columns, index) => {
        const target = pages[pages.length - result.length + index]!;
        const y = areaTops[index]!;
        columns.columns.forEach((column, c) => {
          const x = left + pad + c * (width + g.columnGap);
          target.nodes.push(...materialize(column, x, y).map((node) => grouped(node, art)));
        });
      });
      const last = result.at(-1);
      if (last) cursor = areaTops.at(-1)! + last.used;
    }
    closeFrame(cursor + pad);
    cursor = snap(cursor + pad + (item.frame ? g.lineHeight : g.lineHeight * 1.5));
  }

  const impressumTop = bottom - input.impressum.height;
  if (cursor > impressumTop) breakPage();
  place(input.impressum, left, Math.max(cursor, impressumTop));
  return pages;
}

/** Marks a top-level node as part of a group (an article). */
function grouped(node: LayoutNode, group: StructureTag | undefined): LayoutNode {
  return group === undefined ? node : { ...node, group };
}

/** Moves a top-level galley node to its place on the page. */
function shift(node: LayoutNode, x: number, y: number): LayoutNode {
  return { ...node, box: { ...node.box, left: node.box.left + x, top: node.box.top + y } };
}
