/**
 * The reading-order panel's data: the minimal fixture's PDF (built by the
 * global setup) read through pdf.js's structure tree lists the article's
 * heading, paragraphs by their first words, the figure with its alt text,
 * the link with its target, the English passage, and the list.
 */
import { expect, inject, test } from 'vitest';
import path from 'node:path';
import { readingOrder, type OrderEntry } from '../../src/preview/client/reading-order.js';
import { openPdf } from '../helpers/pdf.js';

/** The entries as indented lines: `role text [alt] [lang] [href]`. */
function outline(entries: readonly OrderEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [
    `${'  '.repeat(depth)}${entry.role}${entry.text && entry.kind !== 'figure' ? ` ${entry.text}` : ''}${entry.kind === 'figure' ? ` alt=${JSON.stringify(entry.alt)}` : ''}${entry.lang ? ` lang=${entry.lang}` : ''}${entry.href ? ` -> ${entry.href}` : ''}`,
    ...outline(entry.children, depth + 1),
  ]);
}

test('lists what a screen reader meets in the minimal fixture', async () => {
  const pdf = await openPdf(path.join(inject('outDir'), 'minimal', 'minimal.pdf'));
  const pages = await readingOrder(pdf);
  expect(pages.map((page) => page.page)).toEqual([1]);
  const lines = outline(pages[0]!.entries);
  expect(lines[0]).toBe('Document lang=de');
  expect(lines).toContain('    H2 Eine Meldung');
  expect(lines).toContain('      Figure alt="Eine graue Fläche als Platzhalter."');
  expect(lines.find((line) => line.trim().startsWith('Link'))?.trim()).toBe('Link Verweis -> https://example.org/seite');
  expect(lines.find((line) => line.includes('lang=en'))?.trim()).toMatch(/^Span Welcome\.? lang=en$/);
  expect(lines.filter((line) => line.trim().startsWith('LI '))).toEqual(['      LI • Erster Punkt', '      LI • Zweiter Punkt']);
  // A paragraph shows its first twelve words.
  const first = lines.find((line) => line.includes('Der erste Absatz'))!;
  expect(first.trim()).toBe('P Der erste Absatz der Meldung erzählt, was geschehen ist, und wer dabei …');
  // Every heading of the issue is listed in order.
  expect(lines.filter((line) => /^\s*H\d /.test(line)).map((line) => line.trim())).toEqual([
    'H1 Kleines Blatt', 'H2 Eine Meldung', 'H3 Ein Abschnitt', 'H2 Ein Hinweis', 'H2 Impressum',
  ]);
});
