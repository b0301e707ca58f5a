/**
 * The PDF renderer: sets the template set's PDF components in galleys,
 * flows them through columns and pages, and renders the pages into a tagged
 * PDF. It reads only the model; it never imports the HTML renderer.
 */
import { createHash } from 'node:crypto';
import { createElement, Fragment, type ReactElement } from 'react';
import type { Article, ImageRef, Issue, Source } from '../../model/types.js';
import type { TemplateSet } from '../template-set.js';
import type { PdfResult, ProgressCallback, StageTiming } from '../../pipeline.js';
import { PdfContext, type PdfEnvironment } from './environment.js';
import type { ImageSource } from './primitives.js';
import { fontStoreFor } from './font-store.js';
import { layoutGalleys, type Galley, type GalleyCache, type GalleySpec } from './galley.js';
import { galleyFlow } from './flow.js';
import type { LayoutNode } from './layout-types.js';
import { columnWidth, makeUp, textWidth, type ArticleGalleys, type PagePlan } from './makeup.js';
import { writePdf } from './write-pdf.js';
import { imageRefs } from '../../assets/resolve-images.js';
import { resolutionWarnings } from './resolution.js';
import { typesettingStats } from './stats.js';
import { missingGlyphs } from './glyph-coverage.js';

/** Options of the PDF renderer. */
export interface PdfOptions {
  /** Bleed around the trim box, in points (0 for none). */
  bleed: number;
  /** Galleys kept between builds by a long-lived process (the preview): only what changed is laid out again. */
  cache?: GalleyCache | undefined;
  /** Told how far the layout (articles) and the drawing (pages) are. */
  onProgress?: ProgressCallback | undefined;
  /** Galleys per layout call (tests; see layoutGalleys). */
  batchSize?: number | undefined;
}

/** The issue laid out on pages, before rendering: what the geometry tests and the renderer read. */
export interface PdfLayout {
  pages: PagePlan[];
  footers: Map<string, Galley>;
  galleys: Map<string, Galley>;
  /** Each image source object and the model reference it came from. */
  origin: Map<unknown, { ref: ImageRef; source: Source }>;
  timings: StageTiming[];
}

/** Renders the issue as a tagged PDF. */
export async function renderPdf(issue: Issue, templates: TemplateSet, options: PdfOptions = { bleed: 0 }): Promise<PdfResult> {
  const missing = await missingGlyphs(issue, templates.fonts, await fontStoreFor(templates.fonts));
  if (missing.length > 0) return { bytes: new Uint8Array(), pages: 0, warnings: missing };
  const layout = await layoutPdf(issue, templates, options);
  const started = performance.now();
  const bytes = await writePdf({ issue, templates: templates.pdf, geometry: templates.pdf.geometry, pages: layout.pages, footers: layout.footers, bleed: options.bleed, onProgress: options.onProgress });
  return {
    bytes,
    pages: layout.pages.length,
    warnings: resolutionWarnings(layout.pages, layout.origin),
    stats: typesettingStats(layout.galleys),
    timings: [...layout.timings, { stage: 'pdf render', ms: performance.now() - started }],
  };
}

/** Lays the issue out on pages: galleys set, flowed through columns, pages made up. */
export async function layoutPdf(issue: Issue, templates: TemplateSet, options: PdfOptions = { bleed: 0 }): Promise<PdfLayout> {
  const pdf = templates.pdf;
  const g = pdf.geometry;
  const fontStore = await fontStoreFor(templates.fonts);
  const sources = imageSources(issue);
  const columnHeight = g.height - g.marginTop - g.marginBottom;
  const element = (width: number, content: ReactElement, lang = issue.lang): ReactElement => {
    const environment: PdfEnvironment = { templates: pdf, image: (ref) => sources.get(ref.src), width, columnHeight, lang };
    return createElement(PdfContext.Provider, { value: environment }, content);
  };
  const blocks = (nodes: Article['body']) => createElement(pdf.Blocks, { nodes });
  const hash = hasherFor(templates);
  const meta = { title: issue.title, edition: issue.edition, date: issue.date, lang: issue.lang, publisher: issue.publisher, impressum: issue.impressum };

  const specs: GalleySpec[] = [];
  specs.push({ key: 'masthead', width: textWidth(g), lang: issue.lang, element: element(textWidth(g), createElement(pdf.Masthead, { issue })), hash: hash('masthead', textWidth(g), meta) });
  specs.push({ key: 'impressum', width: textWidth(g), lang: issue.lang, element: element(textWidth(g), createElement(pdf.Impressum, { issue })), hash: hash('impressum', textWidth(g), meta) });
  const plans = issue.articles.map((article) => {
    const frame = pdf.articleFrame(article);
    const pad = frame?.padding ?? 0;
    const wide = textWidth(g, pad);
    const narrow = columnWidth(g, article.columns, pad);
    const { body: _body, footnotes: _footnotes, ...head } = article;
    specs.push({ key: `${article.id}:header`, width: wide, lang: article.lang, element: element(wide, createElement(pdf.ArticleHeader, { article }), article.lang), hash: hash('header', wide, head) });
    const segments = splitSegments(article);
    segments.forEach((segment, index) => {
      const key = `${article.id}:${index}`;
      if (segment.kind === 'span') {
        specs.push({ key, width: wide, lang: article.lang, element: element(wide, blocks(segment.blocks), article.lang), hash: hash('span', wide, [article.lang, segment.blocks]) });
      } else {
        const last = index === segments.length - 1;
        const footer = last ? createElement(pdf.ArticleFooter, { article }) : null;
        const inputs = [article.lang, segment.blocks, last ? [head, article.footnotes] : null];
        specs.push({ key, width: narrow, lang: article.lang, element: element(narrow, createElement(Fragment, null, blocks(segment.blocks), footer), article.lang), hash: hash('columns', narrow, inputs) });
      }
    });
    return { article, frame, segments };
  });

  const clock = stopwatch();
  const articleOf = new Map(specs.map((spec) => [spec.key, spec.key.includes(':') ? spec.key.slice(0, spec.key.lastIndexOf(':')) : undefined]));
  const onBatch = options.onProgress === undefined ? undefined : (done: ReadonlySet<string>) => {
    // An article counts once all its galleys are set; specs come in article order.
    const pending = new Set(specs.filter((spec) => !done.has(spec.key)).map((spec) => articleOf.get(spec.key)));
    options.onProgress!('layout', issue.articles.filter((article) => !pending.has(article.id)).length, issue.articles.length, 'articles');
  };
  const galleys = await layoutGalleys(specs, fontStore, { cache: options.cache, onBatch, batchSize: options.batchSize });
  clock.lap('pdf layout');
  const get = (key: string) => {
    const galley = galleys.get(key);
    if (galley === undefined) throw new Error(`No galley ${key}`);
    return galley;
  };
  // The flow of a galley's blocks with pictures that may shrink, in any order: for the make-up's second tries.
  const reflow = (nodes: readonly LayoutNode[]) => galleyFlow(nodes, { grid: g.lineHeight, shrinkPictures: 0.35 });
  const articles: ArticleGalleys[] = plans.map(({ article, frame, segments }) => ({
    article,
    frame,
    columns: article.columns,
    header: get(`${article.id}:header`),
    segments: segments.map((segment, index) => {
      const galley = get(`${article.id}:${index}`);
      if (segment.kind === 'span') return { kind: 'span' as const, galley };
      return { kind: 'columns' as const, galley, flow: galleyFlow(galley.nodes, { grid: g.lineHeight }), reflow };
    }),
  }));
  const pages = makeUp({ issue, templates: pdf, masthead: get('masthead'), articles, impressum: get('impressum') });
  clock.lap('pdf make-up');

  const footerSpecs: GalleySpec[] = pages.slice(1).map((page) => ({
    key: `footer:${page.number}`,
    width: textWidth(g),
    lang: issue.lang,
    element: element(textWidth(g), createElement(pdf.Footer, { issue, pageNumber: page.number })),
    hash: hash('footer', page.number, meta),
  }));
  const footers = await layoutGalleys(footerSpecs, fontStore, { cache: options.cache });
  clock.lap('pdf layout');
  const origin = new Map<unknown, { ref: ImageRef; source: Source }>();
  for (const { ref, source } of imageRefs(issue)) {
    const image = sources.get(ref.src);
    if (image) origin.set(image, { ref, source });
  }
  return { pages, footers, galleys, origin, timings: clock.timings() };
}

/** A body cut where a picture spans the columns: column flows and spanning blocks, in order. */
function splitSegments(article: Article): { kind: 'columns' | 'span'; blocks: Article['body'] }[] {
  const segments: { kind: 'columns' | 'span'; blocks: Article['body'] }[] = [];
  let current: Article['body'] = [];
  for (const block of article.body) {
    if (block.type === 'figure' && block.span && article.columns > 1) {
      // Headings right before the picture head what follows it: they span with it rather than end the
      // columns above, where one could be left at the foot of a column (nothing after it in that flow).
      let cut = current.length;
      while (cut > 0 && current[cut - 1]!.type === 'heading') cut -= 1;
      if (cut > 0) segments.push({ kind: 'columns', blocks: current.slice(0, cut) });
      segments.push({ kind: 'span', blocks: [...current.slice(cut), block] });
      current = [];
    } else current.push(block);
  }
  segments.push({ kind: 'columns', blocks: current });
  return segments;
}

/** Image data for React-PDF, one source object per file. */
function imageSources(issue: Issue): Map<string, ImageSource> {
  const sources = new Map<string, ImageSource>();
  for (const { ref } of imageRefs(issue)) {
    const asset = (ref as ImageRef).asset;
    if (asset === undefined || sources.has(ref.src)) continue;
    sources.set(ref.src, { data: Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength), format: asset.format === 'jpeg' ? 'jpg' : 'png' });
  }
  return sources;
}

/** Measures the parts of the PDF stage; laps of the same name add up. */
function stopwatch() {
  const totals = new Map<string, number>();
  let last = performance.now();
  return {
    lap(stage: string) {
      const now = performance.now();
      totals.set(stage, (totals.get(stage) ?? 0) + now - last);
      last = now;
    },
    timings: () => [...totals].map(([stage, ms]) => ({ stage, ms })),
  };
}

const templateIds = new WeakMap<TemplateSet, number>();
let templateCount = 0;

/**
 * Hashes what a galley is made of: its kind, width and model content, with
 * source positions left out (moving an article in its file changes nothing
 * printed) and pictures by content hash. The template set is part of it, so
 * a reloaded set (the preview after a template change) starts afresh.
 */
function hasherFor(templates: TemplateSet): (kind: string, width: number, content: unknown) => string {
  let templateId = templateIds.get(templates);
  if (templateId === undefined) {
    templateCount += 1;
    templateId = templateCount;
    templateIds.set(templates, templateId);
  }
  const id = templateId;
  return (kind, width, content) =>
    createHash('sha1')
      .update(JSON.stringify([id, kind, width, content], (key, value: unknown) => {
        if (key === 'source') return undefined;
        if (key === 'asset' && value !== undefined) return (value as { hash: string }).hash;
        return value;
      }))
      .digest('hex');
}
