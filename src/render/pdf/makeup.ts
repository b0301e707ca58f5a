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
import { flowColumns, reach, type Reflow } from './columns.js';
import { materialize } from './fragments.js';
import { textDirection } from '../../parse/language-tag.js';
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
  /** The areas content was placed in (a column, or the width a header spans), for checks of the layout. */
  regions: Region[];
}

/** An area of a page that content was placed in. */
export interface Region extends Rect {
  /** What was placed: an article's id with the part, or the issue part (masthead, impressum). */
  label: string;
}

/** The galleys of one article, as the make-up needs them. */
export interface ArticleGalleys {
  article: Article;
  header: Galley;
  /** Body segments in order: column flows and spanning blocks. */
  segments: ({ kind: 'columns'; galley: Galley; flow: FlowNode[]; reflow?: Reflow } | { kind: 'span'; galley: Galley })[];
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
  /** Where the last article placed ends (its frame included), before the space that follows it. */
  let contentEnd = top;

  function newPage(): PagePlan {
    const plan: PagePlan = { number: pages.length + 1, nodes: [], frames: [], regions: [] };
    pages.push(plan);
    return plan;
  }
  const breakPage = () => {
    page = newPage();
    cursor = top;
  };
  const place = (galley: Galley, x: number, y: number, label: string, group?: StructureTag) => {
    for (const node of galley.nodes) page.nodes.push({ ...grouped(shift(node, x, y), group), region: label });
    page.regions.push({ x, y, width: galley.width, height: galley.height, label });
  };
  const snap = (y: number) => top + Math.ceil((y - top) / g.lineHeight - 1e-6) * g.lineHeight;

  place(input.masthead, left, cursor, 'masthead');
  contentEnd = cursor + input.masthead.height;
  cursor = snap(contentEnd);

  for (const item of input.articles) {
    const art: StructureTag = { role: 'Art', title: item.article.title, lang: item.article.lang === input.issue.lang ? undefined : item.article.lang };
    const pad = item.frame?.padding ?? 0;
    const border = item.frame?.borderTopWidth ?? 0;
    const minBody = firstNeed(item.segments[0], g.lineHeight);
    if (cursor > top && cursor + 2 * pad + border + item.header.height + minBody > bottom) breakPage();
    let frameTop = cursor;
    let framePage = page;
    const closeFrame = (end: number) => {
      if (item.frame) framePage.frames.push({ rect: { x: left, y: frameTop, width: textWidth(g), height: end - frameTop }, frame: item.frame });
    };
    cursor += pad + border;
    place(item.header, left + pad, cursor, `${item.article.id} header`, art);
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
        place(segment.galley, left + pad, cursor, `${item.article.id} span`, art);
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
        return { count: item.columns, height: Math.max(g.lineHeight, bottom - pad - cursor), fresh: index > 0 || cursor <= top + pad + 0.01 };
      }, segment.reflow);
      if (result.length < areaTops.length) {
        // The last page asked for was not needed after all (its pictures fit the page before): take it back.
        pages.pop();
        areaTops.pop();
        ({ page, cursor, frameTop, framePage } = state);
        page.frames.length = state.frames;
      }
      // Right-to-left articles (Arabic, Persian, Hebrew) are read from the right-hand column to the left.
      const rtl = textDirection(item.article.lang) === 'rtl';
      result.forEach((columns, index) => {
        const target = pages[pages.length - result.length + index]!;
        const y = areaTops[index]!;
        columns.columns.forEach((column, c) => {
          const x = left + pad + (rtl ? item.columns - 1 - c : c) * (width + g.columnGap);
          const label = `${item.article.id} column ${c + 1}`;
          target.nodes.push(...materialize(column, x, y).map((node) => ({ ...grouped(node, art), region: label })));
          target.regions.push({ x, y, width, height: reach(column), label });
        });
      });
      const last = result.at(-1);
      if (last) cursor = areaTops.at(-1)! + last.used;
    }
    closeFrame(cursor + pad);
    contentEnd = cursor + pad;
    cursor = snap(cursor + pad + (item.frame ? g.lineHeight : g.lineHeight * 1.5));
  }

  // The Impressum sits at the foot of the last page, off the grid, wherever it fits below the content; the
  // space above it is its own (the template's top margin), not the 1.5 lines that part two articles.
  const impressumTop = bottom - input.impressum.height;
  if (contentEnd > impressumTop + 0.01) breakPage();
  place(input.impressum, left, impressumTop < top ? top : impressumTop, 'impressum');
  return pages;
}

/**
 * How much room an article's body needs right under its header, so the header
 * is not left alone at the foot of a page: a block that cannot be split (a
 * picture) whole, else four lines.
 */
function firstNeed(segment: ArticleGalleys['segments'][number] | undefined, line: number): number {
  if (segment === undefined) return 0;
  if (segment.kind === 'span') return segment.galley.height;
  const first = segment.flow[0];
  const unsplittable = first !== undefined && !('split' in first && first.split) && !('children' in first);
  const height = first ? first.box.height : 0;
  return unsplittable ? height : Math.min(segment.galley.height, 4 * line);
}

/** Marks a top-level node as part of a group (an article). */
function grouped(node: LayoutNode, group: StructureTag | undefined): LayoutNode {
  return group === undefined ? node : { ...node, group };
}

/** Moves a top-level galley node to its place on the page. */
function shift(node: LayoutNode, x: number, y: number): LayoutNode {
  return { ...node, box: { ...node.box, left: node.box.left + x, top: node.box.top + y } };
}
