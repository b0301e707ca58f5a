/**
 * The HTML checks: pa11y with HTML_CodeSniffer and axe (WCAG2AA), axe-core on
 * its own with the WCAG 2.0–2.2 A/AA and best-practice tags, and a keyboard
 * walk, all in one headless system Chromium that a checker keeps open for
 * every page it checks. Each page is served from its folder on 127.0.0.1.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import type { Issue } from '../../model/types.js';
import type { HtmlFinding, HtmlReport, RawFinding } from './findings.js';
import { findChromium } from './find-chromium.js';
import { launchChromium } from './launch-chromium.js';
import { serveFolder } from './serve-folder.js';
import { pa11yRunners, runPa11y } from './run-pa11y.js';
import { axeTags, axeVersion, runAxe } from './run-axe.js';
import { checkKeyboard } from './check-keyboard.js';
import { describeElement, elementFacts } from './element-facts.js';
import { locateElement } from './locate-element.js';

export type { HtmlFinding, HtmlReport, HtmlRunner } from './findings.js';
export { findChromium, installHint } from './find-chromium.js';

/** A running browser that checks built pages. */
export interface HtmlChecker {
  /** Checks a built `index.html`; with the issue's model, findings point at its source. */
  check(file: string, options?: { issue?: Issue | undefined }): Promise<HtmlReport>;
  /** Closes the browser. */
  close(): Promise<void>;
}

/** A started checker, or why none could start (no Chromium, or it would not run). */
export type HtmlCheckerStart = { ok: true; checker: HtmlChecker } | { ok: false; problem: string };

const pa11yVersion = (createRequire(import.meta.url)('pa11y/package.json') as { version: string }).version;
const viewport = { width: 1280, height: 1024 };

/** Finds and starts Chromium for a run of HTML checks. */
export async function openHtmlChecker(env: NodeJS.ProcessEnv = process.env): Promise<HtmlCheckerStart> {
  const chromium = findChromium(env);
  if (!chromium.ok) return chromium;
  let browser: Browser;
  try {
    browser = await launchChromium(chromium.path);
  } catch (error) {
    return { ok: false, problem: `Cannot start Chromium \`${chromium.path}\`: ${(error as Error).message.split('\n')[0]}` };
  }
  return { ok: true, checker: { check: (file, options) => checkPage(browser, file, options?.issue), close: () => browser.close() } };
}

/** Checks one page with a browser of its own; for a single page (a checker is faster for several). */
export async function checkHtml(file: string, options: { issue?: Issue | undefined; env?: NodeJS.ProcessEnv } = {}): Promise<HtmlReport> {
  const start = await openHtmlChecker(options.env);
  if (!start.ok) throw new Error(start.problem);
  try {
    return await start.checker.check(file, { issue: options.issue });
  } finally {
    await start.checker.close();
  }
}

async function checkPage(browser: Browser, file: string, issue: Issue | undefined): Promise<HtmlReport> {
  const started = performance.now();
  const server = await serveFolder(path.dirname(file));
  const page = await browser.newPage();
  try {
    const url = `${server.origin}/${encodeURIComponent(path.basename(file))}`;
    const raw: RawFinding[] = [];
    watchLoads(page, raw);
    await load(page, url);
    raw.push(...(await runPa11y(browser, page, url)));
    raw.push(...(await runAxe(page)));
    await load(page, url);
    const keyboard = await checkKeyboard(page);
    raw.push(...keyboard.findings);
    const facts = await elementFacts(page, raw.map((finding) => finding.selector));
    const findings: HtmlFinding[] = raw.map((finding, i) => {
      const fact = facts[i]!;
      return { ...finding, element: describeElement(fact), source: issue ? locateElement(issue, fact) : undefined, context: finding.context ?? (fact.html || undefined) };
    });
    return {
      file,
      findings,
      checked: [
        ...pa11yRunners.map((runner) => `pa11y ${pa11yVersion} ${runner} WCAG2AA`),
        `axe-core ${axeVersion} ${axeTags.join(' ')}`,
        `keyboard: ${keyboard.stops} Tab stops, skip link, visible focus`,
      ],
      ms: performance.now() - started,
    };
  } finally {
    await page.close();
    await server.close();
  }
}

async function load(page: Page, url: string): Promise<void> {
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Reports files the page could not load (a missing image, font or stylesheet), once each. */
function watchLoads(page: Page, raw: RawFinding[]): void {
  const reported = new Set<string>();
  const report = (url: string, why: string) => {
    if (reported.has(url)) return;
    reported.add(url);
    raw.push({ runner: 'browser', rule: 'load-failed', message: `Cannot load \`${decodeURIComponent(new URL(url).pathname.slice(1))}\`: ${why}`, selector: '' });
  };
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') report(response.url(), `HTTP ${response.status()}`);
  });
  page.on('requestfailed', (request) => report(request.url(), request.failure()?.errorText ?? 'failed'));
}
