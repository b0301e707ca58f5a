/**
 * The PDF output, read back: A4 pages, only embedded fonts with ToUnicode
 * maps, the title and language, an outline entry per article, every
 * paragraph of the seed issue's model in the extracted text and in order.
 */
import { describe, expect, inject, test } from 'vitest';
import path from 'node:path';
import { openPdf, pdfjsText, poppler } from '../helpers/pdf.js';
import { buildIssue } from '../helpers/build.js';
import { root } from '../helpers/fixtures.js';
import { eachBlock, plainText } from '../../src/model/rules/walk.js';

const seedPdf = () => path.join(inject('outDir'), '2018-herbst', '2018-herbst.pdf');

describe('PDF of the seed issue', () => {
  test('is A4 on every page, tagged, titled and in German', () => {
    const info = poppler('pdfinfo', ['-f', '1', '-l', '99', seedPdf()]);
    const sizes = [...info.matchAll(/^Page +\d+ size: +([\d.]+) x ([\d.]+) pts/gm)];
    expect(sizes.length).toBeGreaterThan(3);
    for (const [, width, height] of sizes) {
      expect(Number(width)).toBeCloseTo(595.28, 1);
      expect(Number(height)).toBeCloseTo(841.89, 1);
    }
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(/^Title: +Integration in Hessen – Herbst 2018$/m);
  });

  test('embeds every font, as a subset with a ToUnicode map, and never a standard PDF font', () => {
    const rows = poppler('pdffonts', [seedPdf()]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(row).toMatch(/\+Noto/);
      expect(row).toMatch(/ yes yes yes /);
    }
  });

  test('has an outline entry per article, and the catalog language', async () => {
    const pdf = await openPdf(seedPdf());
    const outline = await pdf.getOutline();
    const titles = outline.map((item) => item.title);
    expect(titles).toContain('Entscheidend ist, wie wir mit Migration umgehen');
    expect(titles).toHaveLength(13);
    expect(titles.at(-1)).toBe('Impressum');
    const diversity = outline.find((item) => item.title === 'Ist die Zukunft BUNT?');
    expect(diversity?.items.map((item) => item.title)).toContain('Grenzen der Digitalisierung');
    const { info } = (await pdf.getMetadata()) as { info: { Language?: string } };
    expect(info.Language).toBe('de');
  });

  test('holds every paragraph of the issue, in order (pdf.js text, line-end hyphens joined)', async () => {
    const result = await buildIssue(path.join(root, 'issues', '2018-herbst'), { targets: [] });
    const paragraphs: string[] = [];
    for (const article of result.issue!.articles) {
      eachBlock(article, (block) => {
        if (block.type === 'paragraph') paragraphs.push(plainText(block.children));
      });
    }
    const pdf = await openPdf(seedPdf());
    const squash = (text: string) => text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
    const text = squash(await pdfjsText(pdf));
    let from = 0;
    for (const paragraph of paragraphs) {
      // Words cut at a column end have their second half in the next column; compare from the start.
      const probe = squash(paragraph).slice(0, 60);
      const at = text.indexOf(probe, from);
      expect(at, `paragraph not found after offset ${from}: ${probe}`).toBeGreaterThanOrEqual(0);
      from = at + probe.length;
    }
    expect(paragraphs.length).toBeGreaterThan(50);
  });
});
