/**
 * The printed issue as another reader sees it: poppler's word geometry
 * (`pdftotext -bbox-layout`) and page boxes (`pdfinfo -box`) of the PDFs the
 * CLI made. Article text flows in three columns on some page, the masthead
 * is in the top quarter of page 1, every later page has its number at the
 * foot, the Impressum is on the last page, and `--bleed 3mm` gives a
 * print-ready file whose TrimBox is A4 and whose BleedBox is 8.5 pt larger
 * on each side, still passing the PDF/UA checks.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { poppler } from '../helpers/pdf.js';
import { runCli } from '../helpers/build.js';
import { fixtures, root, tempDir } from '../helpers/fixtures.js';
import { checkPdf } from '../../src/check/pdf/index.js';

interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }
interface Line { xMin: number; yMin: number; xMax: number; words: Word[] }
interface Page { width: number; height: number; lines: Line[]; words: Word[] }

const number = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1]);
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The pages of a PDF with their lines and words, as poppler lays them out. */
function pages(file: string): Page[] {
  const xml = poppler('pdftotext', ['-bbox-layout', file, '-']);
  return xml.split('<page ').slice(1).map((chunk) => {
    const page: Page = { width: number(chunk, 'width'), height: number(chunk, 'height'), lines: [], words: [] };
    for (const lineXml of chunk.split('<line ').slice(1)) {
      const words = [...lineXml.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, attributes, text]) => ({
        text: unescape(text!),
        xMin: number(attributes!, 'xMin'),
        yMin: number(attributes!, 'yMin'),
        xMax: number(attributes!, 'xMax'),
        yMax: number(attributes!, 'yMax'),
      }));
      if (words.length === 0) continue;
      page.lines.push({ xMin: number(lineXml, 'xMin'), yMin: number(lineXml, 'yMin'), xMax: number(lineXml, 'xMax'), words });
      page.words.push(...words);
    }
    return page;
  });
}

/** Columns of running text on a page: left edges shared by at least 6 lines, with their typical width. */
function textColumns(page: Page): { x: number; width: number; lines: number }[] {
  const groups = new Map<number, Line[]>();
  for (const line of page.lines) {
    if (line.words.length < 3) continue;
    const key = Math.round(line.xMin / 4) * 4;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.entries()]
    .filter(([, lines]) => lines.length >= 6)
    // The median width: a headline spanning the columns shares the first column's left edge.
    .map(([x, lines]) => ({ x, width: lines.map((line) => line.xMax - line.xMin).sort((a, b) => a - b)[Math.floor(lines.length / 2)]!, lines: lines.length }))
    .sort((a, b) => a.x - b.x);
}

const cases = [
  { name: 'seed', slug: '2018-herbst', dir: path.join(root, 'issues', '2018-herbst') },
  { name: 'gemeindebrief', slug: 'gemeindebrief', dir: path.join(fixtures, 'gemeindebrief') },
];

describe.each(cases)('the printed $name issue', ({ slug, dir }) => {
  const file = () => path.join(inject('outDir'), slug, `${slug}.pdf`);
  const config = parseYaml(readFileSync(path.join(dir, 'issue.yaml'), 'utf8')) as { title: string; impressum: { label: string }[] };

  test('has a page whose article text flows in three columns side by side', () => {
    const three = pages(file()).map(textColumns).find((columns) => {
      // Left edges of columns that do not overlap, left to right (a line that starts later, after an indent, is no column).
      const kept: typeof columns = [];
      for (const column of columns) if (kept.length === 0 || column.x >= kept.at(-1)!.x + kept.at(-1)!.width - 1) kept.push(column);
      return kept.filter((column) => column.width < 180).length >= 3;
    });
    expect(three, 'no page with three columns of text').toBeDefined();
  });

  test('has the masthead in the top quarter of page 1', () => {
    const [first] = pages(file());
    const titleWord = config.title.split(/\s+/)[0]!;
    const hit = first!.words.find((word) => word.text.toLowerCase() === titleWord.toLowerCase());
    expect(hit, `"${titleWord}" not on page 1`).toBeDefined();
    expect(hit!.yMax).toBeLessThan(first!.height / 4);
  });

  test('numbers every page after the first at its foot', () => {
    const all = pages(file());
    expect(all.length).toBeGreaterThan(2);
    all.slice(1).forEach((page, index) => {
      const pageNumber = String(index + 2);
      const foot = page.words.filter((word) => word.yMin > page.height * 0.9);
      expect(foot.map((word) => word.text), `page ${pageNumber}`).toContain(pageNumber);
    });
  });

  test('has every Impressum field on the last page', () => {
    const last = pages(file()).at(-1)!;
    const text = last.lines.map((line) => line.words.map((word) => word.text).join(' ')).join('\n');
    for (const { label } of config.impressum) expect(text).toContain(label);
  });

  test('is A4 on every page', () => {
    for (const page of pages(file())) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
  });
});

describe('--bleed 3mm', () => {
  const out = tempDir('blattwerk-bleed-');
  const built = runCli(['build', path.join(root, 'issues', '2018-herbst'), '--bleed', '3mm', '--only', 'pdf', '--out', out]);
  const file = path.join(out, '2018-herbst', '2018-herbst.pdf');

  test('gives TrimBox = A4 and a BleedBox 8.5 pt larger on each side, on every page', () => {
    expect(built.status, built.stderr).toBe(0);
    const info = poppler('pdfinfo', ['-box', '-f', '1', '-l', '99', file]);
    const boxes = (name: string) => [...info.matchAll(new RegExp(`^Page +\\d+ ${name}: +([\\d.]+) +([\\d.]+) +([\\d.]+) +([\\d.]+)`, 'gm'))].map((m) => m.slice(1).map(Number));
    const trims = boxes('TrimBox');
    const bleeds = boxes('BleedBox');
    const media = boxes('MediaBox');
    expect(trims.length).toBeGreaterThan(3);
    expect(bleeds.length).toBe(trims.length);
    trims.forEach(([x0, y0, x1, y1], i) => {
      expect(x1! - x0!).toBeCloseTo(595.28, 1);
      expect(y1! - y0!).toBeCloseTo(841.89, 1);
      const [bx0, by0, bx1, by1] = bleeds[i]!;
      for (const [outer, inner] of [[x0!, bx0!], [y0!, by0!], [bx1!, x1!], [by1!, y1!]] as const) expect(outer - inner).toBeCloseTo(8.5, 1);
      // The crop marks sit outside the bleed, so the sheet (MediaBox) is larger still.
      const [mx0, my0, mx1, my1] = media[i]!;
      expect(mx0! <= bx0! && my0! <= by0! && mx1! >= bx1! && my1! >= by1!).toBe(true);
      expect(mx1! - mx0!).toBeGreaterThan(bx1! - bx0!);
    });
  });

  test('stays a valid PDF/UA file: the crop marks are artifacts', async () => {
    const report = await checkPdf(file);
    expect(report.findings).toEqual([]);
  });
});
