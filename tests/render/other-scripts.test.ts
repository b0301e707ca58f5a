/**
 * Arabic, Persian, Hebrew and Tigrinya in the PDF: set in the template set's
 * fallback faces for these scripts (embedded), on the baseline grid; the
 * right-to-left ones read back in reading order (ActualText), an Arabic
 * article set right to left with its columns read from the right; and the
 * file still passes the PDF/UA checks.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { fixtures, issueCopy } from '../helpers/fixtures.js';
import { buildIssue, messagesText } from '../helpers/build.js';
import { openPdf, poppler } from '../helpers/pdf.js';
import { checkFile } from '../../src/check/index.js';

const passage = 'Im Willkommenszentrum steht auf dem Schild :lang[مرحبا بكم في هيسن]{code=ar}, darunter auf Persisch :lang[به هسن خوش آمدید]{code=fa} und auf Hebräisch :lang[ברוכים הבאים להסן]{code=he}, auf Tigrinya :lang[እንቋዕ ብደሓን መጻእኩም]{code=ti}. Das Angebot gibt es auch auf **:lang[العربية]{code=ar}**, in jeder Beratungsstelle des Landes, *auf den Plakaten in Kursivschrift als :lang[أهلا وسهلا]{code=ar}*, und in den Außenstellen der Kreise.';
const article = `---
type: article
title: أهلا وسهلا في هيسن
lang: ar
columns: 2
---

يقدم مركز الترحيب في هيسن المشورة للقادمين الجدد حول العمل والسكن والمدرسة. المزيد من المعلومات على [الموقع الإلكتروني](https://example.org/ar).

## مواعيد العمل

من الاثنين إلى الجمعة، من الساعة 9 حتى 16. الاستشارة مجانية.

- العمل
- السكن

:::table{caption="المواعيد"}
| اليوم | الوقت |
| --- | --- |
| الاثنين | 9–16 |
:::
`;

let pdfFile: string;
let htmlFile: string;

beforeAll(async () => {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
  const first = path.join(dir, '01-meldung.md');
  writeFileSync(first, `${readFileSync(first, 'utf8')}\n${passage}\n`);
  writeFileSync(path.join(dir, '03-arabisch.md'), article);
  const config = path.join(dir, 'issue.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^articles:\n((?:\s+- .*\n)+)/m, (list) => `${list}  - 03-arabisch.md\n`));
  const outDir = path.join(cwd, 'out');
  const result = await buildIssue('issue', { cwd, outDir, targets: ['html', 'pdf'] });
  expect(messagesText(result)).not.toContain('error');
  expect(result.ok).toBe(true);
  pdfFile = path.join(outDir, 'issue', 'issue.pdf');
  htmlFile = path.join(outDir, 'issue', 'index.html');
}, 60_000);

/** Every structure element with ActualText: role, language and text. */
async function actualTexts(file: string): Promise<{ role: string; lang: string | undefined; actual: string }[]> {
  const document = await PDFDocument.load(readFileSync(file));
  const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
  const out: { role: string; lang: string | undefined; actual: string }[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const actual = text(object.get(PDFName.of('ActualText')));
    if (actual !== undefined) out.push({ role: String(object.get(PDFName.of('S'))), lang: text(object.get(PDFName.of('Lang'))), actual });
  }
  return out;
}

describe('Arabic, Hebrew and Ethiopic script in the PDF', () => {
  test('each script is set in its own face, embedded', () => {
    const fonts = poppler('pdffonts', [pdfFile]);
    expect(fonts).toMatch(/\+NotoSansArabic-Regular\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/\+NotoSansArabic-Bold\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/\+NotoSansHebrew-Regular\s.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/\+NotoSansEthiopic-Regular\s.*yes\s+yes\s+yes/);
  });

  test('Tigrinya, written left to right, reads back as written', () => {
    expect(poppler('pdftotext', [pdfFile, '-']).replace(/\s+/g, ' ')).toContain('እንቋዕ ብደሓን መጻእኩም');
  });

  test('passages and the Arabic article read in reading order (ActualText), not in drawing order', async () => {
    const actual = await actualTexts(pdfFile);
    expect(actual).toContainEqual({ role: '/Span', lang: 'ar', actual: 'مرحبا بكم في هيسن' });
    expect(actual).toContainEqual({ role: '/Span', lang: 'fa', actual: 'به هسن خوش آمدید' });
    expect(actual).toContainEqual({ role: '/Span', lang: 'he', actual: 'ברוכים הבאים להסן' });
    expect(actual).toContainEqual({ role: '/Span', lang: 'ar', actual: 'العربية' });
    expect(actual).toContainEqual(expect.objectContaining({ role: '/H2', actual: 'أهلا وسهلا في هيسن' }));
    expect(actual).toContainEqual(expect.objectContaining({ role: '/P', actual: 'من الاثنين إلى الجمعة، من الساعة 9 حتى 16. الاستشارة مجانية.' }));
    // A line break inside an Arabic passage is not taken for a word cut in two (its lines are in visual order).
    expect(actual.filter((entry) => entry.role === '/Span' && entry.lang === undefined && /[\u0600-\u06ff]/.test(entry.actual))).toEqual([]);
  });

  test('lines with Arabic, Hebrew or Ethiopic words stay on the baseline grid, in italic text too', async () => {
    const pdf = await openPdf(pdfFile);
    const page = await pdf.getPage(1);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[] }[];
    const start = items.findIndex((item) => item.str.startsWith('Im Willkommenszentrum'));
    const end = items.findIndex((item) => item.str.includes('Kreise'));
    expect(start).toBeGreaterThanOrEqual(0);
    const baselines = [...new Set(items.slice(start, end + 1).map((item) => Math.round((height - item.transform[5]!) * 100) / 100))].sort((a, b) => a - b);
    expect(baselines.length).toBeGreaterThanOrEqual(4);
    const steps = baselines.slice(1).map((y, i) => y - baselines[i]!);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 1);
  });

  test('the Arabic article is set right to left: its first column is the right-hand one, its text ends at the right edge', async () => {
    const pdf = await openPdf(pdfFile);
    const page = await pdf.getPage(1);
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item) as { str: string; transform: number[]; width: number }[];
    const x = (word: string) => items.find((item) => item.str.includes(word))!;
    const first = x('يقدم');
    const last = items.find((item) => item.str === 'المواعيد')!;
    // The first paragraph is in the right-hand column, the table that ends the article in the left-hand one.
    expect(first.transform[4]!).toBeGreaterThan(page.view[2]! / 2);
    expect(last.transform[4]!).toBeLessThan(page.view[2]! / 2);
    // A list's bullets stand on the right of their items.
    const entry = items.find((item) => item.str === 'السكن')!;
    const bullet = items.find((item) => item.str === '•' && Math.abs(item.transform[5]! - entry.transform[5]!) < 1)!;
    expect(bullet.transform[4]!).toBeGreaterThan(entry.transform[4]! + entry.width);
    // A table's first column is the right-hand one.
    expect(items.find((item) => item.str === 'اليوم')!.transform[4]!).toBeGreaterThan(items.find((item) => item.str === 'الوقت')!.transform[4]!);
    // Right-aligned: the title ends where the text area ends, on the right.
    const title = x('هيسن');
    const titleRight = Math.max(...items.filter((item) => Math.abs(item.transform[5]! - title.transform[5]!) < 1).map((item) => item.transform[4]! + item.width));
    expect(titleRight).toBeGreaterThan(page.view[2]! - 60);
  });

  test('the PDF passes the PDF/UA checks', async () => {
    const check = await checkFile(pdfFile);
    expect(check.pdf?.findings).toEqual([]);
  });

  test('the HTML page fetches the faces for other scripts only for the characters they are for', () => {
    const css = readFileSync(path.join(path.dirname(htmlFile), 'style.css'), 'utf8');
    expect(css).toMatch(/font-family:"Noto Sans Arabic";[^}]*unicode-range:U\+0600-06FF/);
    expect(css).toMatch(/font-family:"Noto Sans Hebrew";[^}]*unicode-range:U\+0590-05FF/);
    expect(css).toMatch(/font-family:"Noto Sans Ethiopic";[^}]*unicode-range:U\+1200-137F/);
    expect(css).toMatch(/--serif:"Noto Serif","Noto Sans Math","Noto Sans Arabic","Noto Sans Hebrew","Noto Sans Ethiopic"/);
  });
});
