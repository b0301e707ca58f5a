/**
 * Galleys: content set in one long column of a given width, before it is
 * cut into columns and pages (the typesetter's word for it). Each galley is
 * a React-PDF page of that width and unlimited height, laid out by
 * @react-pdf/layout in one call per language (the hyphenation callback is
 * per call). Lines, glyphs and boxes are final after this step; cutting and
 * placing them later never lays text out again.
 *
 * A paragraph that ends more than three lines in a row with a hyphen is set
 * again with stricter hyphenation (see hyphenation.ts), only that galley.
 */
import { createElement, type ReactElement } from 'react';
import layoutDocument from '@react-pdf/layout';
import type FontStore from '@react-pdf/font';
import type { LayoutNode } from './layout-types.js';
import { toInstances } from './instances.js';
import { hyphenatorFor, longestHeadlinePiece, strictness } from './hyphenation.js';
import { dropInsertedHyphens, hyphenRuns } from './hyphen-glyphs.js';
import { markInlineRuns } from './tagging/inline-markers.js';
import { dropLeadingSoftHyphens } from './soft-hyphens.js';
import { markRightToLeft } from './tagging/right-to-left.js';
import { markWordBreaks } from './tagging/word-breaks.js';
import type { Tag } from './tagging/tag.js';

/** What to set: an element at a width, in a language. */
export interface GalleySpec {
  key: string;
  width: number;
  lang: string;
  element: ReactElement;
  /** A hash of everything the element shows; galleys with the same hash are reused from the cache. */
  hash?: string;
}

/** Laid-out galleys kept by a long-lived process, by content hash. */
export type GalleyCache = Map<string, Galley>;

/** How many galleys a cache keeps (the oldest go first). */
const cacheLimit = 2000;

/** Set content: the top-level laid-out nodes and the total height. */
export interface Galley {
  key: string;
  width: number;
  height: number;
  nodes: LayoutNode[];
}

/** A galley as tall as any issue could need; the page shrinks to its content. */
const unlimited = 1_000_000;
/** Most lines in a row that may end with a hyphen. */
export const maxHyphenRun = 3;

type Layout = (root: LayoutNode, store: FontStore) => Promise<LayoutNode>;
const layout = layoutDocument as unknown as Layout;

/** How galleys are laid out. */
export interface GalleyOptions {
  cache?: GalleyCache | undefined;
  /** Called after each batch with the keys of every galley laid out (or taken from the cache) so far. */
  onBatch?: ((done: ReadonlySet<string>) => void) | undefined;
  /** Galleys per layout call (default: all of a language at once up to 40, else batches of a twentieth). */
  batchSize?: number | undefined;
}

/** Up to this many galleys of a language are laid out in one call. */
const oneCall = 40;

/** Lays out galleys (or takes them from the cache); the result is keyed like the specs. */
export async function layoutGalleys(specs: readonly GalleySpec[], fontStore: FontStore, options: GalleyOptions = {}): Promise<Map<string, Galley>> {
  const { cache, onBatch } = options;
  const out = new Map<string, Galley>();
  const byLang = new Map<string, GalleySpec[]>();
  for (const spec of specs) {
    const cached = spec.hash === undefined ? undefined : cache?.get(spec.hash);
    if (cached !== undefined) {
      // Refresh its place in the cache's order, so the galleys in use are the last to go.
      cache!.delete(spec.hash!);
      cache!.set(spec.hash!, cached);
      out.set(spec.key, { ...cached, key: spec.key });
      continue;
    }
    byLang.set(spec.lang, [...(byLang.get(spec.lang) ?? []), spec]);
  }
  const done = new Set(out.keys());
  // Galleys do not depend on each other, so a long issue is laid out in batches, which lets the CLI show
  // how far it is; the galleys come out the same either way (tests/render/layout.test.ts).
  const batches = [...byLang].flatMap(([lang, group]) => {
    const size = options.batchSize ?? (group.length <= oneCall ? group.length : Math.ceil(specs.length / 20));
    return Array.from({ length: Math.ceil(group.length / size) }, (_, i) => [lang, group.slice(i * size, (i + 1) * size)] as const);
  });
  for (const [lang, group] of batches) {
    // The store's callback is only a last resort: each block carries its own (below), so layouts that run at
    // once in one process (tests, a preview build beside another) cannot hyphenate by each other's language.
    fontStore.registerHyphenationCallback(hyphenatorFor(lang));
    const pages = group.map((spec) => createElement('PAGE', { key: spec.key, size: [spec.width, unlimited], wrap: false }, spec.element));
    const instances = toInstances(createElement('DOCUMENT', {}, ...pages));
    const blocks = markInlineRuns(instances);
    for (const block of blocks.values()) dropLeadingSoftHyphens(block);
    markRightToLeft(blocks.values(), lang);
    setHeadingsUnhyphenated(blocks, lang);
    for (const block of blocks.values()) block.props.hyphenationCallback ??= hyphenatorFor(lang);
    const laid = await layout(instances, fontStore);
    const result = laid.children ?? [];
    await relieveHyphenRuns(instances, result, blocks, lang, fontStore);
    result.forEach((page, index) => {
      const spec = group[index]!;
      dropInsertedHyphens(page);
      markWordBreaks(page);
      const galley = { key: spec.key, width: spec.width, height: page.box.height, nodes: page.children ?? [] };
      out.set(spec.key, galley);
      done.add(spec.key);
      if (cache !== undefined && spec.hash !== undefined) {
        cache.set(spec.hash, galley);
        if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
      }
    });
    onBatch?.(done);
  }
  return out;
}

/** Headlines are not hyphenated: they break at spaces and at their own hyphens (a word too long for the line still can). */
function setHeadingsUnhyphenated(blocks: Map<number, LayoutNode>, lang: string): void {
  for (const block of blocks.values()) {
    const role = (block.props.tag as Tag | undefined)?.role;
    if (role !== undefined && /^H[1-6]$/.test(role)) block.props.hyphenationCallback ??= hyphenatorFor(lang, strictness.length - 1, longestHeadlinePiece);
  }
}

/** Sets paragraphs with long runs of hyphenated lines again, stricter each time, until none is left or hyphenation is off. */
async function relieveHyphenRuns(instances: LayoutNode, pages: LayoutNode[], blocks: Map<number, LayoutNode>, lang: string, fontStore: FontStore): Promise<void> {
  const level = new Map<number, number>();
  for (let pass = 1; pass < strictness.length; pass += 1) {
    const redo = new Set<number>();
    pages.forEach((page, index) => {
      for (const id of hyphenRuns(page, maxHyphenRun)) {
        const block = blocks.get(id);
        if (block === undefined) continue;
        const next = (level.get(id) ?? 0) + 1;
        level.set(id, next);
        block.props.hyphenationCallback = hyphenatorFor(lang, next);
        redo.add(index);
      }
    });
    if (redo.size === 0) return;
    const indexes = [...redo];
    const again = await layout({ ...instances, children: indexes.map((i) => instances.children![i]!) }, fontStore);
    indexes.forEach((i, j) => {
      pages[i] = again.children![j]!;
    });
  }
}
