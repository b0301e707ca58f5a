/**
 * Nothing of the content is lost: the word 5-grams of the seed text are found
 * in the HTML text and in the PDF text as pdftotext extracts it (in content
 * order), and those of the fixture issue's own text in both of its outputs.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { coverage, joinPrintBreaks } from './helpers/text.js';
import { poppler } from './helpers/pdf.js';
import { buildIssue } from './helpers/build.js';
import { fixtures, root } from './helpers/fixtures.js';
import { eachBlock, inlinesOf, plainText } from '../src/model/rules/walk.js';

// The seed text the issue was made from (a copy of shared/seed/, so the test runs in any clone).
const seed = joinPrintBreaks(readFileSync(path.join(root, 'tests', 'fixtures', 'seed', 'integration-in-hessen-2018.txt'), 'utf8'));

function htmlText(slug: string): string {
  const { document } = parseHTML(readFileSync(path.join(inject('outDir'), slug, 'index.html'), 'utf8'));
  // textContent, not innerText: it sees no layout, so block boundaries must be in the markup itself.
  return document.body.textContent ?? '';
}
/**
 * The PDF's text in the order of its content (pdftotext -raw): the reading order the renderer wrote.
 * Without -raw, pdftotext regroups the text by its own reading of the page's geometry, which moved a
 * photo credit between a headline and its text when the page around them changed: a 5-gram share
 * that drops with layout, not with lost content.
 */
function pdfText(slug: string): string {
  return poppler('pdftotext', ['-raw', path.join(inject('outDir'), slug, `${slug}.pdf`), '-']);
}

describe('the seed issue', () => {
  test('≥ 97 % of the seed text’s 5-grams are in the HTML', () => {
    expect(coverage(seed, htmlText('2018-herbst')).share).toBeGreaterThanOrEqual(0.97);
  });
  test('≥ 97 % of the seed text’s 5-grams are in the PDF text (pdftotext -raw)', () => {
    expect(coverage(seed, pdfText('2018-herbst')).share).toBeGreaterThanOrEqual(0.97);
  });
});

describe('the gemeindebrief fixture', () => {
  test('≥ 97 % of the 5-grams of each of its blocks are in the HTML and the PDF', async () => {
    const result = await buildIssue(path.join(fixtures, 'gemeindebrief'), { targets: [] });
    const parts: string[] = [];
    for (const article of result.issue!.articles) {
      parts.push(article.kicker ?? '', article.title, article.subtitle ?? '', article.lead ?? '');
      eachBlock(article, (block) => inlinesOf(block).forEach((inlines) => parts.push(plainText(inlines))));
    }
    const source = parts.filter((part) => part !== '');
    expect(coverage(source, htmlText('gemeindebrief')).share).toBeGreaterThanOrEqual(0.97);
    expect(coverage(source, pdfText('gemeindebrief')).share).toBeGreaterThanOrEqual(0.97);
  });
});
