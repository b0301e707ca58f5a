/**
 * The reading order of a PDF as pdf.js reads it: each page's structure
 * tree (`page.getStructTree()`) with the text of its marked content, cut
 * down to what a screen-reader user meets: headings, paragraphs (their
 * first words), figures with their alt text, lists, tables, links with
 * their targets, and changes of language. Works with any pdf.js build.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** What an entry is to a reader. */
export type EntryKind = 'group' | 'heading' | 'paragraph' | 'figure' | 'list' | 'item' | 'table' | 'row' | 'cell' | 'link' | 'lang';

/** One element of the reading order. */
export interface OrderEntry {
  kind: EntryKind;
  /** The structure type, e.g. `H2`, `P`, `Figure`. */
  role: string;
  /** The text (the first words of a paragraph); for a figure, its alt text. */
  text: string;
  /** The alt text of a figure; undefined when it has none. */
  alt?: string | undefined;
  /** The language, where it differs from the surrounding one. */
  lang?: string | undefined;
  /** The target of a link. */
  href?: string | undefined;
  children: OrderEntry[];
}

/** The reading order of one page. */
export interface PageOrder {
  page: number;
  entries: OrderEntry[];
}

/** A structure tree node as pdf.js serializes it. */
interface StructNode { role: string; children: (StructNode | StructContent)[]; alt?: string; lang?: string }
interface StructContent { type: string; id: string }
interface PageFacts { texts: Map<string, string>; links: Map<string, string> }

const groups = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Aside', 'NonStruct', 'TOC', 'TOCI', 'Index', 'Note', 'Reference']);
const passThrough = new Set(['THead', 'TBody', 'TFoot', 'Span', 'Lbl', 'LBody', 'Private']);
const kinds: Record<string, EntryKind> = {
  H: 'heading', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', Caption: 'paragraph', Quote: 'paragraph', Code: 'paragraph', BibEntry: 'paragraph', Title: 'paragraph',
  Figure: 'figure', Formula: 'figure', L: 'list', LI: 'item', Table: 'table', TR: 'row', TH: 'cell', TD: 'cell', Link: 'link',
};
const firstWords = 12;

/** Reads the reading order of every page. */
export async function readingOrder(pdf: PDFDocumentProxy): Promise<PageOrder[]> {
  const pages: PageOrder[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const tree = (await page.getStructTree()) as StructNode | null;
    const facts = await pageFacts(page);
    pages.push({ page: number, entries: tree ? tree.children.flatMap((child) => entries(child, undefined, facts)) : [] });
  }
  return pages;
}

async function pageFacts(page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>): Promise<PageFacts> {
  const texts = new Map<string, string>();
  const open: (string | null)[] = [];
  const content = await page.getTextContent({ includeMarkedContent: true });
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? null);
      else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const id = [...open].reverse().find((candidate) => candidate !== null);
    if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
  }
  const links = new Map<string, string>();
  for (const annotation of (await page.getAnnotations()) as { id: string; url?: string; unsafeUrl?: string }[]) {
    const target = annotation.url ?? annotation.unsafeUrl;
    if (target) links.set(annotation.id, target);
  }
  return { texts, links };
}

function entries(node: StructNode | StructContent, lang: string | undefined, facts: PageFacts): OrderEntry[] {
  if (!('role' in node)) return [];
  const ownLang = node.lang !== undefined && node.lang !== lang ? node.lang : undefined;
  const inner = node.lang ?? lang;
  const kind = kinds[node.role];
  if (groups.has(node.role) || (kind === undefined && !passThrough.has(node.role))) {
    return [{ kind: 'group', role: node.role, text: '', lang: ownLang, children: node.children.flatMap((child) => entries(child, inner, facts)) }];
  }
  if (kind === undefined) {
    const children = node.children.flatMap((child) => entries(child, inner, facts));
    return ownLang ? [{ kind: 'lang', role: node.role, text: clip(textOf(node, facts)), lang: ownLang, children: [] }] : children;
  }
  if (kind === 'list' || kind === 'table' || kind === 'row') {
    return [{ kind, role: node.role, text: '', lang: ownLang, children: node.children.flatMap((child) => entries(child, inner, facts)) }];
  }
  if (kind === 'figure') {
    return [{ kind, role: node.role, text: node.alt ?? '', alt: node.alt, lang: ownLang, children: [] }];
  }
  const text = textOf(node, facts);
  return [{
    kind,
    role: node.role,
    text: kind === 'heading' || kind === 'link' ? squeeze(text) : clip(text),
    lang: ownLang,
    href: kind === 'link' ? hrefOf(node, facts) : undefined,
    children: node.children.flatMap((child) => inlines(child, inner, facts)),
  }];
}

/** The links and language changes inside a block, listed under it. */
function inlines(node: StructNode | StructContent, lang: string | undefined, facts: PageFacts): OrderEntry[] {
  if (!('role' in node)) return [];
  if (node.role === 'Link') return [{ kind: 'link', role: 'Link', text: squeeze(textOf(node, facts)), href: hrefOf(node, facts), children: [] }];
  if (node.lang !== undefined && node.lang !== lang) {
    return [{ kind: 'lang', role: node.role, text: clip(textOf(node, facts)), lang: node.lang, children: node.children.flatMap((child) => inlines(child, node.lang, facts)) }];
  }
  return node.children.flatMap((child) => inlines(child, lang, facts));
}

/** The text a reader hears: the marked content, or the ActualText that replaces it. */
function textOf(node: StructNode | StructContent, facts: PageFacts): string {
  if (!('role' in node)) return node.type === 'content' ? (facts.texts.get(node.id) ?? '') : '';
  if (node.alt !== undefined && kinds[node.role] !== 'figure') return node.alt;
  return node.children.map((child) => textOf(child, facts)).join('');
}

function hrefOf(node: StructNode, facts: PageFacts): string | undefined {
  for (const child of node.children) {
    if ('role' in child) continue;
    const target = facts.links.get(child.id.replace(/^pdfjs_internal_id_/, ''));
    if (target) return target;
  }
  return undefined;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  const words = squeeze(text).split(' ');
  return words.length > firstWords ? `${words.slice(0, firstWords).join(' ')} …` : words.join(' ');
}
