/**
 * Galleys: content set in one long column of a given width, before it is
 * cut into columns and pages (the typesetter's word for it). Each galley is
 * a React-PDF page of that width and unlimited height, laid out by
 * @react-pdf/layout in one call per language (the hyphenation callback is
 * per call). Lines, glyphs and boxes are final after this step; cutting and
 * placing them later never lays text out again.
 */
import { createElement, type ReactElement } from 'react';
import layoutDocument from '@react-pdf/layout';
import type FontStore from '@react-pdf/font';
import type { LayoutNode } from './layout-types.js';
import { toInstances } from './instances.js';
import { hyphenatorFor } from './hyphenation.js';
import { dropInsertedHyphens } from './hyphen-glyphs.js';
import { markInlineRuns } from './tagging/inline-markers.js';
import { markWordBreaks } from './tagging/word-breaks.js';

/** What to set: an element at a width, in a language. */
export interface GalleySpec {
  key: string;
  width: number;
  lang: string;
  element: ReactElement;
}

/** Set content: the top-level laid-out nodes and the total height. */
export interface Galley {
  key: string;
  width: number;
  height: number;
  nodes: LayoutNode[];
}

/** A galley as tall as any issue could need; the page shrinks to its content. */
const unlimited = 1_000_000;

/** Lays out galleys; the result is keyed like the specs. */
export async function layoutGalleys(specs: readonly GalleySpec[], fontStore: FontStore): Promise<Map<string, Galley>> {
  const out = new Map<string, Galley>();
  const byLang = new Map<string, GalleySpec[]>();
  for (const spec of specs) byLang.set(spec.lang, [...(byLang.get(spec.lang) ?? []), spec]);
  for (const [lang, group] of byLang) {
    const hyphenate = hyphenatorFor(lang);
    fontStore.registerHyphenationCallback((word: string) => hyphenate(word));
    const pages = group.map((spec) => createElement('PAGE', { key: spec.key, size: [spec.width, unlimited], wrap: false }, spec.element));
    const instances = toInstances(createElement('DOCUMENT', {}, ...pages));
    markInlineRuns(instances);
    const laid = (await (layoutDocument as unknown as (root: LayoutNode, store: FontStore) => Promise<LayoutNode>)(instances, fontStore));
    (laid.children ?? []).forEach((page, index) => {
      const spec = group[index]!;
      dropInsertedHyphens(page);
      markWordBreaks(page);
      out.set(spec.key, { key: spec.key, width: spec.width, height: page.box.height, nodes: page.children ?? [] });
    });
  }
  return out;
}
