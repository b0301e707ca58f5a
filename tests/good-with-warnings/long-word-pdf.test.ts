/**
 * A word longer than a column breaks inside the column in the PDF: every
 * piece of it, read back with pdf.js, lies between the column's edges. The
 * words are in the `long-word` case: a 119-letter compound that hyphenation
 * can split, 120 letters with no hyphenation point, a long heading, a long
 * list item and a long title.
 */
import { expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { buildIssue } from '../helpers/build.js';
import { openPdf } from '../helpers/pdf.js';
import { mm, page } from '../../templates/tokens.js';

interface Piece { page: number; text: string; x0: number; x1: number }

async function textPieces(file: string): Promise<Piece[]> {
  const pdf = await openPdf(file);
  const pieces: Piece[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str.trim() !== '') pieces.push({ page: n, text: item.str, x0: item.transform[4] as number, x1: (item.transform[4] as number) + item.width });
    }
  }
  return pieces;
}

/** The left and right edges of each column of an article set in `count` columns. */
function columns(count: number): [number, number][] {
  const left = mm(page.marginInner);
  const width = (mm(page.width - page.marginInner - page.marginOuter) - (count - 1) * mm(page.columnGap)) / count;
  return Array.from({ length: count }, (_, i) => [left + i * (width + mm(page.columnGap)), left + i * (width + mm(page.columnGap)) + width]);
}

const tolerance = 0.5;
const inside = (piece: Piece, [left, right]: [number, number]) => piece.x0 >= left - tolerance && piece.x1 <= right + tolerance;

async function build(columnCount: number) {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'), path.join(root, 'tests', 'good-with-warnings', 'long-word'));
  if (columnCount !== 2) {
    const article = path.join(dir, '01-meldung.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('columns: 2', `columns: ${columnCount}`));
  }
  const result = await buildIssue('issue', { cwd, outDir: path.join(cwd, 'out'), targets: ['pdf'] });
  expect(result.ok, result.files.flatMap((f) => f.messages.map(String)).join('\n')).toBe(true);
  return textPieces(path.join(cwd, 'out', 'issue', 'issue.pdf'));
}

const longWord = /(?:xq){3,}|(?:qx){3,}|Grundstücks|verordnungs|gesetzentwurfs|schreibensvorlage|Abschnittsüberschrift|Listenpunktwort/;

test('a 120-letter word breaks inside its column (two columns)', async () => {
  const pieces = await build(2);
  const body = pieces.filter((piece) => longWord.test(piece.text));
  expect(body.length).toBeGreaterThanOrEqual(8);
  const outside = body.filter((piece) => !columns(2).some((column) => inside(piece, column)));
  expect(outside).toEqual([]);
  // Nothing at all, titles included, leaves the text area.
  const [textArea] = columns(1);
  expect(pieces.filter((piece) => !inside(piece, textArea!))).toEqual([]);
});

// Once a bug: in three columns a word longer than the column ran past the page edge (the hyphenator now gives
// pieces longer than a column emergency break points). Reproduction: tests/fuzz/regressions/long-word-three-columns/.
test('a 120-letter word breaks inside its column (three columns)', async () => {
  const pieces = await build(3);
  const body = pieces.filter((piece) => longWord.test(piece.text));
  expect(body.filter((piece) => !columns(3).some((column) => inside(piece, column)))).toEqual([]);
});
