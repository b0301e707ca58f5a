/**
 * The PDFs Blattwerk makes pass its own PDF/UA-1 checker: the seed issue and
 * the fixture issues as the global setup built them, with no finding at all,
 * and the seed is checked in well under a second.
 */
import { describe, expect, inject, test } from 'vitest';
import path from 'node:path';
import { checkPdf, formatPdfReport } from '../../../src/check/pdf/index.js';

const slugs = ['2018-herbst', 'gemeindebrief', 'minimal'];
const pdfOf = (slug: string) => path.join(inject('outDir'), slug, `${slug}.pdf`);

describe.each(slugs)('the PDF of %s', (slug) => {
  test('has no PDF/UA findings', async () => {
    const report = await checkPdf(pdfOf(slug));
    expect(formatPdfReport(report)).toBe(`${slug}.pdf: no PDF/UA problems found (${report.checked.length} checkpoints checked)\n`);
    expect(report.checked.length).toBeGreaterThanOrEqual(40);
  });
});

test('the seed PDF is checked in under a second', async () => {
  await checkPdf(pdfOf('2018-herbst'));
  const start = performance.now();
  await checkPdf(pdfOf('2018-herbst'));
  expect(performance.now() - start).toBeLessThan(1000);
});

test('the report names file, page, element, severity, checkpoint and rule', () => {
  const text = formatPdfReport({
    file: '/tmp/x/issue.pdf',
    checked: ['13-004', 'WCAG:2.4.5'],
    findings: [
      { checkpoint: '13-004', rule: 'figure-alt-missing', page: 2, element: 'Figure #3', message: 'Figure #3 has no /Alt.' },
      { checkpoint: 'WCAG:2.4.5', rule: 'outline-missing', message: 'No outline.', severity: 'warning' },
    ],
  });
  expect(text).toBe([
    'issue.pdf (page 2, Figure #3): error: Figure #3 has no /Alt. [13-004 figure-alt-missing]',
    'issue.pdf: warning: No outline. [WCAG:2.4.5 outline-missing]',
    'issue.pdf: 1 error, 1 warning (2 checkpoints checked)',
    '',
  ].join('\n'));
});
