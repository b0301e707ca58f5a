/**
 * The HTML accessibility gate, run for real in the system Chromium: the
 * built pages of the seed and both fixtures give no findings, in Blattwerk's
 * checker and in pa11y and @axe-core/playwright run on their own; a broken
 * page gives exactly the problems put into it; findings point back at the
 * source; and `blattwerk check` exits 0, 1 and 2 where it should.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pa11y from 'pa11y';
import { chromium, type Browser as PlaywrightBrowser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openHtmlChecker, type HtmlChecker, type HtmlReport } from '../../src/check/html/index.js';
import { chromiumArgs } from '../../src/check/html/launch-chromium.js';
import { axeTags } from '../../src/check/html/run-axe.js';
import { serveFolder } from '../../src/check/html/serve-folder.js';
import { buildIssue, runCli } from '../helpers/build.js';
import { fixtures, issueCopy, tempDir } from '../helpers/fixtures.js';
import { PDFName } from 'pdf-lib';
import { loadPdf, saveTemp } from './pdf/edit-pdf.js';

const slugs = ['2018-herbst', 'gemeindebrief', 'minimal'];
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const builtPage = (slug: string) => path.join(inject('outDir'), slug, 'index.html');

/** A page with an image without alt, grey-on-white text, h1 followed by h3, a missing image, no skip link and no focus outline. */
function brokenPage(): string {
  const dir = tempDir('blattwerk-broken-');
  copyFileSync(path.join(fixtures, 'minimal', 'images', 'bild.jpg'), path.join(dir, 'bild.jpg'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Kaputt</title><style>a:focus{outline:none}</style></head>
<body>
<main>
<h1>Eine kaputte Seite</h1>
<h3>Übersprungene Ebene</h3>
<p style="color:#bbbbbb;background:#ffffff">Dieser Text ist kaum zu lesen.</p>
<img src="bild.jpg" width="40" height="30">
<img src="fehlt.jpg" alt="Ein Bild, dessen Datei fehlt" width="40" height="30">
<p><a href="https://example.org/">Mehr zum Thema Kontrast</a></p>
</main>
</body>
</html>
`,
  );
  return path.join(dir, 'index.html');
}

function rules(report: HtmlReport, runner: string): string[] {
  return report.findings.filter((finding) => finding.runner === runner).map((finding) => finding.rule).sort();
}

describe('the HTML checker', () => {
  let checker: HtmlChecker;
  beforeAll(async () => {
    const start = await openHtmlChecker();
    if (!start.ok) throw new Error(start.problem);
    checker = start.checker;
  });
  afterAll(() => checker?.close());

  test.each(slugs)('finds nothing on the built page of %s', async (slug) => {
    const report = await checker.check(builtPage(slug));
    expect(report.findings).toEqual([]);
    expect(report.checked.join('\n')).toMatch(/^pa11y 9\.1\.1 htmlcs WCAG2AA\npa11y 9\.1\.1 axe WCAG2AA\naxe-core 4\.\d+\.\d+ wcag2a wcag2aa wcag21a wcag21aa wcag22aa best-practice\nkeyboard: \d+ Tab stops/);
    expect(Number(/keyboard: (\d+) Tab stops/.exec(report.checked.join('\n'))?.[1])).toBeGreaterThanOrEqual(5);
  });

  test('finds exactly the problems of a broken page, with each runner', async () => {
    const report = await checker.check(brokenPage());
    expect(rules(report, 'pa11y-htmlcs')).toEqual(['WCAG2AA.Principle1.Guideline1_1.1_1_1.H37', 'WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail']);
    expect(rules(report, 'pa11y-axe')).toEqual(['color-contrast', 'image-alt']);
    expect(rules(report, 'axe-core')).toEqual(['color-contrast', 'heading-order', 'image-alt']);
    expect(rules(report, 'keyboard')).toEqual(['focus-visible', 'skip-link']);
    expect(rules(report, 'browser')).toEqual(['load-failed']);
    const byRule = (rule: string) => report.findings.find((finding) => finding.runner === 'axe-core' && finding.rule === rule);
    expect(byRule('image-alt')).toMatchObject({ element: 'img', selector: 'img[src$="bild.jpg"]', context: '<img src="bild.jpg" width="40" height="30">' });
    expect(byRule('color-contrast')?.element).toBe('p "Dieser Text ist kaum zu lesen."');
    expect(byRule('color-contrast')?.message).toContain('#bbbbbb');
    expect(byRule('heading-order')?.element).toBe('h3 "Übersprungene Ebene"');
    expect(report.findings.find((finding) => finding.runner === 'keyboard' && finding.rule === 'focus-visible')?.element).toBe('a "Mehr zum Thema Kontrast"');
    expect(report.findings.find((finding) => finding.runner === 'browser')?.message).toBe('Cannot load `fehlt.jpg`: HTTP 404');
  });

  test('points a finding on a picture at its figure in the Markdown', async () => {
    const { cwd } = issueCopy(path.join(fixtures, 'minimal'));
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue('issue', { cwd, outDir });
    const file = path.join(result.written!, 'index.html');
    const html = readFileSync(file, 'utf8');
    const broken = html.replace(/(<img src="images\/bild-[0-9a-f]{8}\.jpg") alt="[^"]*"/, '$1');
    expect(broken).not.toBe(html);
    writeFileSync(file, broken);
    const report = await checker.check(file, { issue: result.issue });
    const finding = report.findings.find((f) => f.runner === 'axe-core' && f.rule === 'image-alt');
    expect(finding?.source).toBe('issue/01-meldung.md:10:1');
    expect(report.findings.filter((f) => f.rule === 'image-alt' || f.rule.endsWith('.H37')).map((f) => f.source)).toEqual(Array(3).fill('issue/01-meldung.md:10:1'));
  });
});

describe('pa11y and axe on their own', () => {
  let browser: PlaywrightBrowser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  });
  afterAll(() => browser?.close());

  const axe = async (file: string) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`file://${file}`);
      return (await new AxeBuilder({ page }).withTags([...axeTags]).analyze()).violations.map((violation) => violation.id).sort();
    } finally {
      await context.close();
    }
  };
  const pa11yErrors = async (file: string) => {
    const results = await pa11y(`file://${file}`, {
      runners: ['htmlcs', 'axe'],
      standard: 'WCAG2AA',
      chromeLaunchConfig: { executablePath, args: [...chromiumArgs] },
    });
    return results.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.runner} ${issue.code}`).sort();
  };

  test.each(slugs)('@axe-core/playwright finds no violation on %s', async (slug) => {
    expect(await axe(builtPage(slug))).toEqual([]);
  });

  test.each(slugs)('pa11y with both runners finds no error on %s', async (slug) => {
    expect(await pa11yErrors(builtPage(slug))).toEqual([]);
  });

  test('both find the problems of the broken page', async () => {
    const page = brokenPage();
    expect(await axe(page)).toEqual(['color-contrast', 'heading-order', 'image-alt']);
    expect(await pa11yErrors(page)).toEqual([
      'axe color-contrast',
      'axe image-alt',
      'htmlcs WCAG2AA.Principle1.Guideline1_1.1_1_1.H37',
      'htmlcs WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail',
    ]);
  });
});

describe('the folder server', () => {
  test('serves the folder on 127.0.0.1, GET and HEAD only, nothing outside it', async () => {
    const server = await serveFolder(path.dirname(builtPage('minimal')));
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.origin}/index.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect((await fetch(`${server.origin}/style.css`, { method: 'HEAD' })).status).toBe(200);
      expect((await fetch(`${server.origin}/index.html`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
      expect((await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
      expect((await fetch(`${server.origin}/nicht-da.html`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('blattwerk check', () => {
  test('exits 0 on the seed issue and reports every group', () => {
    const out = tempDir('blattwerk-check-');
    const started = performance.now();
    const result = runCli(['check', 'issues/2018-herbst', '--out', out]);
    const seconds = (performance.now() - started) / 1000;
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content: (no problems|0 errors, \d+ warnings?)$/m);
    expect(result.stdout).toMatch(/^HTML .*2018-herbst\/index\.html: no findings$/m);
    expect(result.stdout).toContain('checked: pa11y 9.1.1 htmlcs WCAG2AA');
    expect(result.stdout).toMatch(/^issues\/2018-herbst: passed \(PDF 0, HTML 0\) in [\d.]+ s$/m);
    expect(seconds).toBeLessThan(30);
  });

  test('--json reports a clean issue as data', () => {
    const out = tempDir('blattwerk-check-');
    const result = runCli(['check', 'tests/fixtures/issues/minimal', '--out', out, '--json']);
    expect(result.status).toBe(0);
    const [check] = JSON.parse(result.stdout) as { outcome: string; html: HtmlReport; pdf: { findings: { severity?: string }[] }; messages: { severity: string }[] }[];
    expect(check?.outcome).toBe('clean');
    expect(check?.html.findings).toEqual([]);
    expect(check?.html.checked).toHaveLength(4);
    expect(check?.pdf.findings.filter((finding) => finding.severity !== 'warning')).toEqual([]);
    expect(check?.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  test('exits 1 on content errors, naming them and checking nothing', () => {
    const { cwd } = issueCopy(path.join(fixtures, 'minimal'), path.join(import.meta.dirname, '..', 'bad-inputs', 'figure-empty-alt'));
    const result = runCli(['check', 'issue', '--out', 'out'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('issue/01-meldung.md:6:1: error: Unexpected empty alt text on figure');
    expect(result.stdout).toContain('issue: not built, so the PDF and the HTML were not checked');
    expect(result.stdout).not.toMatch(/^HTML /m);
  });

  test('checks a PDF as it is: exit 0 on a clean one without any browser, exit 1 on one with a defect', async () => {
    const clean = path.join(inject('outDir'), 'minimal', 'minimal.pdf');
    const ok = runCli(['check', clean], { env: { CHROME_PATH: '/nonexistent/chromium' } });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/minimal\.pdf: passed \(PDF 0\) in [\d.]+ s$/m);
    expect(ok.stdout).not.toMatch(/^Content:/m);
    const doc = await loadPdf(clean);
    doc.catalog.delete(PDFName.of('MarkInfo'));
    const broken = await saveTemp(doc, 'no-markinfo.pdf');
    const bad = runCli(['check', broken]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('[UA1:6.2');
    expect(bad.stdout).toMatch(/no-markinfo\.pdf: \d+ findings? \(PDF \d+\)/);
  });

  test('checks an HTML file as it is, and refuses a file that is not there', () => {
    const page = path.join(tempDir('blattwerk-check-'), 'seite.html');
    writeFileSync(page, '<!doctype html><html><head><title>Seite</title></head><body><main><h1>Seite</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    const bad = runCli(['check', page]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('[axe-core image-alt]');
    const missing = runCli(['check', 'nicht-da.pdf']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('blattwerk check: cannot find `nicht-da.pdf`\n');
  });

  test('exits 2 when CHROME_PATH names no browser, saying how to get one', () => {
    const result = runCli(['check', 'tests/fixtures/issues/minimal', '--out', tempDir()], { env: { CHROME_PATH: '/nonexistent/chromium' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('blattwerk check: Cannot find Chromium: CHROME_PATH is `/nonexistent/chromium`, which is not an executable file; install it with `apt-get install -y chromium` (Debian, Ubuntu), or set CHROME_PATH to a Chromium or Chrome executable\n');
  });

  test('exits 2 when there is no Chromium at the default place', () => {
    const result = runCli(['check', 'tests/fixtures/issues/minimal', '--out', tempDir()], { env: { CHROME_PATH: '', BLATTWERK_CHROMIUM: '/nonexistent/usr/bin/chromium' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cannot find Chromium at `/nonexistent/usr/bin/chromium`; install it with `apt-get install -y chromium`');
  });
});
