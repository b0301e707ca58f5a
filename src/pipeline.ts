/**
 * The build pipeline, its stages in the order they run:
 *
 *   load (World) → parse issue.yaml → read articles → parse articles
 *   → model → rules → assets → render PDF → render HTML → write
 *
 * Each stage takes what the previous ones made and returns something new.
 * Problems are messages on the source files; when any is an error the
 * pipeline stops before writing, so the previous output stays untouched.
 */
import { statSync } from 'node:fs';
import { VFile } from 'vfile';
import type { Issue, Source } from './model/types.js';
import type { RuleId } from './diagnostics/rule-ids.js';
import type { TemplateSet } from './render/template-set.js';
import type { OutputFile } from './write/output-files.js';
import { createWorld, type World } from './load/world.js';
import { readArticles } from './load/read-articles.js';
import { parseIssueConfig } from './parse/parse-issue-config.js';
import { parseArticle } from './parse/parse-article.js';
import { buildArticle } from './model/build-article.js';
import { articlesOnly, buildIssue } from './model/build-issue.js';
import { checkIssue } from './model/rules/index.js';
import { resolveImages, type ImageCache } from './assets/resolve-images.js';
import { renderHtml } from './render/html/render-html.js';
import { recoverInterruptedWrite, writeOutput } from './write/write-output.js';
import { error, hasErrors, warn } from './diagnostics/messages.js';

/** The outputs a build can make. */
export type Target = 'html' | 'pdf';

/** How far a long step is: `done` of `total` units (articles laid out, pages drawn). */
export type ProgressCallback = (step: string, done: number, total: number, unit: string) => void;

/** A PDF renderer as build() calls it. */
export type PdfRenderer = (issue: Issue, templates: TemplateSet, hooks?: { onProgress?: ProgressCallback | undefined }) => Promise<PdfResult>;

/** The time one stage took. */
export interface StageTiming { stage: string; ms: number }

/** A problem the PDF renderer found (a picture printed too coarse, a character no font has), at its source; a warning unless it says error. */
export interface RenderWarning { source: Source; reason: string; ruleId: RuleId; note?: string | undefined; severity?: 'error' | 'warning' | undefined }

/** The PDF a build made. */
export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  warnings?: RenderWarning[] | undefined;
  /** How the text was set, for the build report. */
  stats?: TypesettingStats | undefined;
  /** Times of the parts of the PDF stage (layout, make-up, render). */
  timings?: StageTiming[] | undefined;
}

/** Facts about the typesetting of a PDF. */
export interface TypesettingStats {
  /** Lines of text set. */
  lines: number;
  /** Lines that end in a hyphen inserted by hyphenation. */
  hyphenated: number;
  /** The longest run of consecutive hyphenated lines in one paragraph. */
  longestHyphenRun: number;
  /** The largest stretch of a word space over its natural width (0 for ragged-right text). */
  largestWordSpaceStretch: number;
}

/** How to build. */
export interface BuildOptions {
  /** The issue folder. */
  dir: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string | undefined;
  /** The output folder; the issue is written to `outDir/<slug>/`. Nothing is written when undefined. */
  outDir?: string | undefined;
  templates: TemplateSet;
  targets?: readonly Target[] | undefined;
  /** Called after each stage, for progress output. */
  onStage?: ((timing: StageTiming) => void) | undefined;
  /** Caches a long-lived process keeps between builds. */
  caches?: { images?: ImageCache } | undefined;
  /** Renders the PDF; injected so the HTML-only path never loads the PDF engine. */
  renderPdf?: PdfRenderer | undefined;
  /** Called as long steps go on (laying out, drawing pages), for progress output. */
  onProgress?: ProgressCallback | undefined;
  /** Asked before each stage: true stops the build there and nothing is written (the CLI's build whose command was killed). */
  cancelled?: (() => boolean) | undefined;
}

/** What a build made and found. */
export interface BuildResult {
  ok: boolean;
  /** Every source file read, with its messages. */
  files: VFile[];
  issue: Issue | undefined;
  html: OutputFile[] | undefined;
  pdf: PdfResult | undefined;
  /** The folder written, when the build wrote one. */
  written: string | undefined;
  timings: StageTiming[];
  /** True when `cancelled` stopped the build. */
  cancelled?: boolean;
}

/** Thrown before a stage when the build is cancelled; build() returns its result as it stood. */
class BuildCancelled extends Error {}

/** Runs the pipeline on one issue folder. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: StageTiming[] = [];
  const result: BuildResult = { ok: false, files: [], issue: undefined, html: undefined, pdf: undefined, written: undefined, timings };
  const time = stageTimer(timings, options.onStage, (stage) => {
    crashForTests(stage);
    if (options.cancelled?.() === true) throw new BuildCancelled(`cancelled before the ${stage} stage`);
  });
  try {
    return await runStages(options, time, result);
  } catch (error) {
    if (!(error instanceof BuildCancelled)) throw error;
    result.ok = false;
    result.cancelled = true;
    return result;
  }
}

/** The stages of build(), filling in `result`. */
async function runStages(options: BuildOptions, time: ReturnType<typeof stageTimer>, result: BuildResult): Promise<BuildResult> {
  const { timings } = result;
  const targets = options.targets ?? ['html', 'pdf'];

  const world = await time('load', () => openIssue(options.dir, options.cwd ?? process.cwd(), result.files));
  if (world === undefined) return result;
  // A build killed mid-swap left no output or a backup; put the previous output back before anything else.
  if (options.outDir !== undefined) await recoverInterruptedWrite(options.outDir, world.slug);
  const config = await time('parse', () => {
    const parsed = parseIssueConfig(world.readSource('issue.yaml'));
    result.files.push(parsed.file);
    const articleFiles = readArticles(world, parsed);
    result.files.push(...articleFiles);
    return { parsed, articles: articleFiles.filter((file) => file.messages.every((m) => m.fatal !== true)).map(parseArticle) };
  });
  const issue = await time('model', async () => {
    const lang = config.parsed.config?.lang ?? 'de';
    const usedIds = new Set<string>();
    const articles = config.articles.flatMap((parsed) => buildArticle(parsed, lang, usedIds) ?? []);
    const built = buildIssue(world.slug, config.parsed, articles);
    const byPath = new Map(result.files.map((file) => [file.path, file]));
    // With issue.yaml unusable the articles are still checked, so that every problem is reported at once.
    const checked = built ?? articlesOnly(world.slug, articles);
    checkIssue(checked, byPath);
    const resolved = await resolveImages(checked, world, byPath, options.caches?.images);
    return built === undefined ? undefined : resolved;
  });
  result.issue = issue;
  if (issue === undefined || hasErrors(result.files)) return result;

  if (targets.includes('pdf')) {
    if (options.renderPdf === undefined) throw new Error('build(): the pdf target needs options.renderPdf');
    const renderPdf = options.renderPdf;
    result.pdf = await time('pdf', () => renderPdf(issue, options.templates, { onProgress: options.onProgress }));
    for (const part of result.pdf.timings ?? []) {
      timings.push(part);
      options.onStage?.(part);
    }
    const byPath = new Map(result.files.map((file) => [file.path, file]));
    for (const problem of result.pdf.warnings ?? []) {
      const file = byPath.get(problem.source.file);
      const report = problem.severity === 'error' ? error : warn;
      if (file) report(file, problem.reason, problem.source.position, problem.ruleId, { note: problem.note });
    }
    // A problem only the PDF can find (a character no font has) stops the build like any other.
    if (hasErrors(result.files)) return result;
  }
  if (targets.includes('html')) {
    const pdfName = `${issue.slug}.pdf`;
    result.html = await time('html', () =>
      renderHtml(issue, options.templates, { download: result.pdf ? { href: pdfName, bytes: result.pdf.bytes.byteLength, pages: result.pdf.pages } : undefined }),
    );
  }
  if (options.outDir !== undefined) {
    const outDir = options.outDir;
    const files: OutputFile[] = [...(result.html ?? [])];
    if (result.pdf) files.push({ path: `${issue.slug}.pdf`, data: result.pdf.bytes });
    result.written = await time('write', () => writeOutput(outDir, issue.slug, files));
  }
  result.ok = true;
  return result;
}

/** Runs stages one by one, recording each one's time in `timings` and reporting it to `onStage`. */
export function stageTimer(timings: StageTiming[], onStage?: (timing: StageTiming) => void, before?: (stage: string) => void) {
  return async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    before?.(stage);
    const start = performance.now();
    const value = await run();
    const timing = { stage, ms: performance.now() - start };
    timings.push(timing);
    onStage?.(timing);
    return value;
  };
}

/**
 * Test hook, for tests only: with `BLATTWERK_TEST_CRASH=<stage>` (load, parse,
 * model, pdf, html, write) the pipeline throws at the start of that stage, as
 * a bug would, so tests can check that internal errors exit 2 with a short
 * message and show their stack only with `--debug`.
 */
function crashForTests(stage: string): void {
  if (process.env.BLATTWERK_TEST_CRASH === stage) {
    throw new Error(`deliberate crash at the start of the ${stage} stage (BLATTWERK_TEST_CRASH, a test hook)`);
  }
}

function openIssue(dir: string, cwd: string, files: VFile[]): World | undefined {
  const world = createWorld(dir, cwd);
  let problem: string | undefined;
  try {
    if (!statSync(world.root).isDirectory()) problem = `Unexpected file \`${dir}\`, expected an issue folder`;
  } catch {
    problem = `Cannot find the issue folder \`${dir}\``;
  }
  if (problem === undefined && !world.exists('issue.yaml')) problem = `Missing \`issue.yaml\` in \`${dir}\`, expected an issue folder`;
  if (problem === undefined) return world;
  const file = new VFile({ path: world.display('.') || dir });
  error(file, problem, undefined, 'issue-folder', { note: 'an issue folder holds `issue.yaml`, the article `.md` files and `images/`' });
  files.push(file);
  return undefined;
}
