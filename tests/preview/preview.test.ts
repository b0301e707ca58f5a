/**
 * `blattwerk preview` as a user meets it: the real binary on a copy of the
 * minimal fixture, driven by a headless system Chromium (playwright-core,
 * no browser download) and by plain HTTP clients. An edit reaches the HTML
 * pane and then the PDF pane's text layer; a broken edit shows the CLI's
 * message in an overlay and its fix removes it; 100 saves in 10 seconds end
 * in outputs that match the last save; the issue folder can be deleted and
 * recreated; a client that drops its event stream harms no one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { fetchText, listen, startPreviewProcess, waitFor, type PreviewProcess } from './preview-process.js';

const minimal = path.join(fixtures, 'minimal');
const articleName = '01-meldung.md';
const original = readFileSync(path.join(minimal, articleName), 'utf8');
const firstSentence = 'Der erste Absatz der Meldung';

/** The text of a PDF as pdf.js extracts it, with the line breaks inside hyphenated words joined. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i += 1) {
    for (const item of (await (await pdf.getPage(i)).getTextContent()).items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  await pdf.destroy();
  return text.replace(/-\n/g, '').replace(/\s+/g, ' ');
}

async function fetchPdfText(url: string, slug = 'issue'): Promise<string> {
  const response = await fetch(new URL(`/out/${slug}.pdf`, url));
  if (response.status !== 200) return '';
  return pdfText(new Uint8Array(await response.arrayBuffer()));
}

const running: PreviewProcess[] = [];
async function start(dir: string, cwd: string, args: string[] = ['--no-checks']): Promise<PreviewProcess> {
  const preview = await startPreviewProcess(dir, cwd, args);
  running.push(preview);
  return preview;
}

/** Stops a preview with SIGINT and expects a clean exit. */
async function stop(preview: PreviewProcess): Promise<void> {
  running.splice(running.indexOf(preview), 1);
  expect(await preview.stop(), preview.stderr()).toBe(0);
}

beforeAll(() => {
  // The page under test is the current client source, bundled as `npm run build:preview` does.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-preview-client.mjs')], { cwd: root, stdio: 'pipe' });
});

afterAll(async () => {
  for (const preview of running) await preview.stop().catch(() => undefined);
});

describe('blattwerk preview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows an edit in the HTML pane, then in the PDF pane; a broken edit as an overlay until it is fixed', async () => {
    const { cwd, dir } = issueCopy(minimal);
    const article = path.join(dir, articleName);
    const preview = await start('issue', cwd, []);
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    // Loopback only: the port answers on 127.0.0.1 and not on the machine's other addresses.
    const external = Object.values(networkInterfaces()).flat().find((address) => address && !address.internal && address.family === 'IPv4');
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(preview.port, external.address);
        socket.once('connect', () => (socket.destroy(), resolve(false)));
        socket.once('error', () => resolve(true));
      });
      expect(refused, `reachable on ${external.address}`).toBe(true);
    }

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(preview.url);
    const htmlPane = page.frameLocator('iframe.html-frame.current');
    const textLayer = page.locator('.pdf-layer.current .react-pdf__Page__textContent');
    await expect.poll(() => htmlPane.locator('main').innerText(), { timeout: 20_000 }).toContain(firstSentence);
    await expect.poll(() => textLayer.innerText(), { timeout: 20_000 }).toContain('Der erste Absatz');

    // Scroll the HTML pane, then edit one word on disk.
    await htmlPane.locator('footer').scrollIntoViewIfNeeded();
    const scrolled = await htmlPane.locator('html').evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);
    writeFileSync(article, original.replace('Der erste Absatz', 'Der fünfte Absatz'));
    await expect.poll(() => htmlPane.locator('main').innerText(), { timeout: 15_000 }).toContain('Der fünfte Absatz');
    await expect.poll(() => textLayer.innerText(), { timeout: 15_000 }).toContain('fünfte');
    expect(await htmlPane.locator('html').evaluate(() => window.scrollY)).toBeCloseTo(scrolled, -1);

    // A broken edit: the figure loses its alt text.
    writeFileSync(article, original.replace('Der erste Absatz', 'Der fünfte Absatz').replace(' alt="Eine graue Fläche als Platzhalter."', ''));
    const overlay = page.getByRole('alert').filter({ hasText: 'does not build' });
    await expect.poll(() => overlay.innerText(), { timeout: 15_000 }).toMatch(/issue\/01-meldung\.md:10:1: error: .*\[alt-missing\]/);
    const overlayText = await overlay.innerText();
    expect(overlayText).toContain('> 10 | :::figure{src="images/bild.jpg"');
    const cliText = JSON.parse((await fetchText(preview.url, '/api/state')).body).messages.map((m: { text: string }) => m.text).join('\n');
    expect(cliText).toContain('issue/01-meldung.md:10:1: error:');
    expect(preview.stderr()).toContain(cliText.split('\n')[0]);
    // The last good outputs stay.
    expect(await htmlPane.locator('main').innerText()).toContain('Der fünfte Absatz');
    expect((await fetchText(preview.url, '/out/index.html')).body).toContain('Der fünfte Absatz');

    // The fix clears the overlay.
    writeFileSync(article, original.replace('Der erste Absatz', 'Der sechste Absatz'));
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => textLayer.innerText(), { timeout: 15_000 }).toContain('sechste');

    // The reading order: the article's heading, the figure with its alt text, the link, the English passage.
    const order = page.locator('.reading-order');
    await expect.poll(() => order.innerText(), { timeout: 10_000 }).toContain('Eine Meldung');
    const orderText = await order.innerText();
    expect(orderText).toMatch(/H2\s+Eine Meldung/);
    expect(orderText).toMatch(/Figure\s+alt: “Eine graue Fläche als Platzhalter\.”/);
    expect(orderText).toMatch(/Link\s+Verweis\s+→ https:\/\/example\.org\/seite/);
    expect(orderText).toContain('Lang en');

    // The accessibility panel lists what the checks found on the last good build.
    await page.getByRole('tab', { name: /Accessibility/ }).click();
    await expect.poll(() => page.locator('.accessibility').innerText(), { timeout: 40_000 }).toMatch(/(No findings|\d+ findings?) \(build \d+\)/);
    await page.getByRole('tab', { name: 'Reading order' }).click();

    // The preview page itself passes axe (the built HTML is `blattwerk check`'s; pdf.js's own layers are left out).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).exclude('iframe').exclude('.react-pdf__Page').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await htmlPane.locator('html').evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(root, 'docs', 'preview.png') });
    expect(problems).toEqual([]);
    await context.close();
    await stop(preview);
  }, 90_000);

  test('100 saves in 10 seconds: the final outputs match the final input', async () => {
    const { cwd, dir } = issueCopy(minimal);
    const article = path.join(dir, articleName);
    const preview = await start('issue', cwd);
    await waitFor('the first build', async () => (await fetchText(preview.url, '/out/index.html')).status === 200);
    const started = Date.now();
    for (let i = 0; i < 100; i += 1) {
      writeFileSync(article, original.replace('Der erste Absatz', `Der Marke${i} Absatz`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - started).toBeLessThan(12_000);
    await waitFor('the last save in the HTML', async () => (await fetchText(preview.url, '/out/index.html')).body.includes('Der Marke99 Absatz'));
    await waitFor('the last save in the PDF', async () => (await fetchPdfText(preview.url)).includes('Der Marke99 Absatz'));
    await waitFor('the preview to settle', async () => JSON.parse((await fetchText(preview.url, '/api/state')).body).busy === false);
    const html = (await fetchText(preview.url, '/out/index.html')).body;
    const pdf = await fetchPdfText(preview.url);
    expect(html.match(/Marke\d+/g)).toEqual(['Marke99']);
    expect(pdf.match(/Marke\d+/g)).toEqual(['Marke99']);
    expect(html).toMatch(/PDF, 1 Seite, \d+ KB/);
    expect(readdirSync(path.join(cwd, 'output')).filter((name) => name !== 'issue')).toEqual([]);
    await stop(preview);
  }, 60_000);

  test('keeps working when the issue folder is deleted and recreated', async () => {
    const { cwd, dir } = issueCopy(minimal);
    const preview = await start('issue', cwd);
    const stream = await listen(preview.url);
    await waitFor('the first build', async () => (await fetchPdfText(preview.url)).includes('Der erste Absatz'));

    rmSync(dir, { recursive: true, force: true });
    const error = await waitFor('an error event', () => stream.events.find((event) => event.name === 'error'));
    expect(error.data.messages.map((m) => m.text).join('\n')).toContain('Cannot find the issue folder `issue`');
    expect((await fetchText(preview.url, '/out/index.html')).body).toContain('Der erste Absatz');

    mkdirSync(dir);
    cpSync(minimal, dir, { recursive: true });
    writeFileSync(path.join(dir, articleName), original.replace('Der erste Absatz', 'Der wiedergekehrte Absatz'));
    await waitFor('the recreated folder built', async () => (await fetchPdfText(preview.url)).includes('Der wiedergekehrte Absatz'));
    // The new folder is watched: a later edit still arrives.
    writeFileSync(path.join(dir, articleName), original.replace('Der erste Absatz', 'Der nochmals geänderte Absatz'));
    await waitFor('an edit in the recreated folder', async () => (await fetchText(preview.url, '/out/index.html')).body.includes('Der nochmals geänderte Absatz'));
    stream.close();
    await stop(preview);
  }, 60_000);

  test('survives clients that disconnect mid-stream', async () => {
    const { cwd, dir } = issueCopy(minimal);
    const preview = await start('issue', cwd);
    const steady = await listen(preview.url);
    await waitFor('the first build', () => steady.events.find((event) => event.name === 'pdf'));

    // Clients that leave: one right after asking, some after the stream began, one in the middle of a build's events.
    const sockets = Array.from({ length: 5 }, () => connect(preview.port, '127.0.0.1'));
    for (const socket of sockets) {
      socket.on('error', () => undefined);
      socket.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${preview.port}\r\n\r\n`);
    }
    sockets[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const leaving = await listen(preview.url);
    writeFileSync(path.join(dir, articleName), original.replace('Der erste Absatz', 'Der siebte Absatz'));
    await waitFor('a building event', () => leaving.events.find((event) => event.name === 'building'));
    leaving.close();
    for (const socket of sockets) socket.destroy();

    await waitFor('the edit built', () => steady.events.find((event) => event.name === 'pdf' && event.data.build >= 2));
    writeFileSync(path.join(dir, articleName), original.replace('Der erste Absatz', 'Der achte Absatz'));
    await waitFor('the next edit built', async () => (await fetchPdfText(preview.url)).includes('Der achte Absatz'));
    expect((await fetchText(preview.url, '/api/state')).status).toBe(200);
    expect((await fetchText(preview.url, '/out/index.html')).body).toContain('Der achte Absatz');
    expect(preview.child.exitCode).toBe(null);
    steady.close();
    await stop(preview);
  }, 60_000);
});

