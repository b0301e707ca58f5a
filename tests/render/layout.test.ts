/**
 * Geometry of the laid-out pages (before rendering): columns never overlap,
 * no text leaves its column, no paragraph leaves fewer than two lines at the
 * foot or head of a column, no heading ends a column, no more than three
 * lines in a row end with a hyphen, hyphenation splits no short word and
 * breaks compounds only at their own hyphen, the last page of an article is
 * balanced, and every word of every paragraph is placed exactly once, in order.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { buildIssue } from '../helpers/build.js';
import { fixtures, issueCopy, root, tempDir } from '../helpers/fixtures.js';
import { layoutPdf, renderPdf, type PdfLayout } from '../../src/render/pdf/render-pdf.js';
import { newsletterTemplates } from '../../templates/index.js';
import { eachBlock } from '../../src/model/rules/walk.js';
import type { LayoutLine, LayoutNode } from '../../src/render/pdf/layout-types.js';
import type { Region } from '../../src/render/pdf/makeup.js';
import { endsWithInsertedHyphen } from '../../src/render/pdf/hyphen-glyphs.js';
import type { Block, Inline, Issue } from '../../src/model/types.js';

const templates = newsletterTemplates();
const grid = templates.pdf.geometry.lineHeight;

interface PlacedText { node: LayoutNode; lines: LayoutLine[]; x: number; y: number; region: Region | undefined; page: number }

/** Every text block piece with its absolute position, in page order. */
function texts(layout: PdfLayout): PlacedText[] {
  const out: PlacedText[] = [];
  layout.pages.forEach((page, index) => {
    const walk = (node: LayoutNode, x: number, y: number, region: Region | undefined) => {
      const left = x + node.box.left;
      const top = y + node.box.top;
      if (node.type === 'TEXT' && node.lines) {
        out.push({ node, lines: node.lines, x: left, y: top, region, page: index + 1 });
        return;
      }
      for (const child of node.children ?? []) walk(child, left, top, region);
    };
    for (const node of page.nodes) walk(node, 0, 0, page.regions.find((r) => r.label === node.region));
  });
  return out;
}

/** Width of a line without its trailing spaces. */
function inkWidth(line: LayoutLine): number {
  let width = 0;
  let trailing = 0;
  for (const run of line.runs) {
    run.glyphs.forEach((glyph, i) => {
      const advance = run.positions[i]?.xAdvance ?? 0;
      width += advance;
      trailing = glyph.codePoints[0] === 32 ? trailing + advance : 0;
    });
  }
  return width - trailing;
}

/** The text of the pieces of each block joined, hyphens of broken words removed. */
function blockTexts(placed: PlacedText[]): string[] {
  const byBlock = new Map<unknown, string>();
  for (const piece of placed) {
    let text = byBlock.get(piece.node.props) ?? '';
    // A piece's lines are a slice of the block's: a line that ends in a hyphen of its own making ends a cut word.
    for (const line of piece.lines) text += endsWithInsertedHyphen(line, false) && line.explicitHyphen !== true ? line.string.slice(0, -1) : line.string;
    byBlock.set(piece.node.props, text);
  }
  return [...byBlock.values()];
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A paragraph's words as they are printed (footnote marks are numbers). */
function paragraphWords(block: Extract<Block, { type: 'paragraph' }>): string {
  const marks = (inlines: readonly Inline[]): string => inlines.map((i) => (i.type === 'noteRef' ? ` ${i.number} ` : 'children' in i ? marks(i.children) : 'value' in i ? i.value : ' ')).join('');
  return words(marks(block.children)).join(' ');
}

async function laidOut(dir: string): Promise<{ issue: Issue; layout: PdfLayout }> {
  const result = await buildIssue(dir, { targets: [] });
  const issue = result.issue!;
  return { issue, layout: await layoutPdf(issue, templates, { bleed: 0 }) };
}

/** The benchmark's 60 three-column articles (bench/generate.mjs, the same text every time): spanning pictures, headings, lists and tables in narrow columns, over 49 pages. */
function generatedIssue(): string {
  const folder = tempDir('blattwerk-generated-');
  execFileSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), folder, '3col-60']);
  return path.join(folder, 'bench-3col-60');
}

describe.each([
  ['seed', path.join(root, 'issues', '2018-herbst')],
  ['gemeindebrief', path.join(fixtures, 'gemeindebrief')],
  ['generated three-column', generatedIssue()],
])('layout of the %s issue', (_name, dir) => {
  const ready = laidOut(dir);

  test('regions on a page never overlap, and stay inside the text area', async () => {
    const { layout } = await ready;
    const g = templates.pdf.geometry;
    for (const page of layout.pages) {
      page.regions.forEach((a, i) => {
        expect(a.x).toBeGreaterThanOrEqual(g.marginLeft - 0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(g.width - g.marginRight + 0.5);
        expect(a.y + a.height, `page ${page.number}: ${a.label}`).toBeLessThanOrEqual(g.height - g.marginBottom + 0.5);
        for (const b of page.regions.slice(i + 1)) {
          const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
          expect(apart, `page ${page.number}: ${a.label} overlaps ${b.label}`).toBe(true);
        }
      });
    }
  });

  test('no line of text reaches out of its region', async () => {
    const { layout } = await ready;
    for (const piece of texts(layout)) {
      expect(piece.region, `text on page ${piece.page} outside every region`).toBeDefined();
      for (const line of piece.lines) {
        const right = piece.x + line.box.x + inkWidth(line);
        expect(right, `page ${piece.page}, ${piece.region!.label}: “${line.string}”`).toBeLessThanOrEqual(piece.region!.x + piece.region!.width + 0.5);
      }
    }
  });

  test('columns hold at least two lines of a split paragraph at their foot and head, and never end with a heading', async () => {
    const { layout } = await ready;
    const pieces = texts(layout);
    const total = new Map<unknown, number>();
    for (const piece of pieces) total.set(piece.node.props, (total.get(piece.node.props) ?? 0) + piece.lines.length);
    for (const piece of pieces) {
      const all = total.get(piece.node.props)!;
      if (piece.lines.length === all || all < 4) continue;
      expect(piece.lines.length, `page ${piece.page}: ${piece.lines[0]!.string}`).toBeGreaterThanOrEqual(2);
    }
    for (const page of layout.pages) {
      for (const region of page.regions.filter((r) => r.label.includes('column'))) {
        const inside = pieces.filter((p) => p.region === region);
        const last = inside.at(-1);
        const role = (last?.node.props.tag as { role?: string } | undefined)?.role ?? '';
        expect(/^H[3-6]$/.test(role), `page ${page.number}: ${region.label} ends with a heading`).toBe(false);
      }
    }
  });

  test('the last page of an article has its columns balanced: text-only columns end within a line of each other per column', async () => {
    const { layout } = await ready;
    const lastPage = new Map<string, number>();
    layout.pages.forEach((page, index) => {
      for (const region of page.regions) if (region.label.includes(' column ')) lastPage.set(region.label.split(' ')[0]!, index);
    });
    let checked = 0;
    for (const [article, index] of lastPage) {
      const page = layout.pages[index]!;
      const columns = page.regions.filter((r) => r.label.startsWith(`${article} column `));
      const textOnly = columns.every((column) => page.nodes.filter((n) => n.region === column.label).every((n) => n.type === 'TEXT'));
      if (columns.length < 2 || !textOnly) continue;
      const heights = columns.map((c) => c.height);
      // Two columns end within a line; three within two, where the widow and orphan rules allow no closer cut.
      expect(Math.max(...heights) - Math.min(...heights), `${article} on page ${page.number}: ${heights.join(', ')}`).toBeLessThanOrEqual((columns.length - 1) * grid + 0.5);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('no more than three lines in a row end with a hyphen', async () => {
    const { layout } = await ready;
    for (const piece of texts(layout)) {
      let run = 0;
      piece.lines.forEach((line) => {
        run = line.string.endsWith('-') && !line.string.endsWith(' -') ? run + 1 : 0;
        expect(run, `page ${piece.page}: ${line.string}`).toBeLessThanOrEqual(3);
      });
    }
  });

  test('hyphenation keeps to the typographic limits: no word under 6 letters split, compounds only at their own hyphen, no doubled hyphen', async () => {
    const { layout } = await ready;
    // The lines of each text block in reading order, across its pieces in columns and pages.
    const blocks = new Map<unknown, LayoutLine[]>();
    for (const piece of texts(layout)) blocks.set(piece.node.props, [...(blocks.get(piece.node.props) ?? []), ...piece.lines]);
    let inserted = 0;
    for (const lines of blocks.values()) {
      lines.forEach((line, index) => {
        expect(line.string, 'a doubled hyphen').not.toMatch(/--|-‐|‐-/);
        if (!endsWithInsertedHyphen(line, index === lines.length - 1) || line.explicitHyphen === true) return;
        inserted += 1;
        // The whole word around the break: the end of this line (without the inserted hyphen) and the start of the next.
        const before = /\S*$/u.exec(line.string.slice(0, -1))![0];
        const after = /^\S*/u.exec(lines[index + 1]!.string)![0];
        const word = `${before}${after}`;
        const letters = word.match(/\p{L}/gu)?.length ?? 0;
        expect(letters, `"${before}-|${after}" splits a word of fewer than 6 letters`).toBeGreaterThanOrEqual(6);
        expect(word, `"${before}-|${after}" splits a compound away from its own hyphen`).not.toMatch(/\p{L}-\p{L}/u);
      });
    }
    expect(inserted).toBeGreaterThan(20);
  });

  test('laid out in batches (as long issues are, for progress output), the PDF is byte for byte the same', async () => {
    const { issue } = await ready;
    const whole = await renderPdf(issue, templates, { bleed: 0 });
    const batched = await renderPdf(issue, templates, { bleed: 0, batchSize: 3 });
    expect(whole.pages).toBeGreaterThan(1);
    expect(Buffer.from(batched.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
  }, 60_000);

  test('no page holds an article’s pictures alone, with its other columns empty beside them', async () => {
    const { issue, layout } = await ready;
    const hasImage = (node: LayoutNode): boolean => node.type === 'IMAGE' || (node.children ?? []).some(hasImage);
    for (const page of layout.pages) {
      for (const article of issue.articles.filter((candidate) => candidate.columns > 1)) {
        const nodes = page.nodes.filter((node) => String((node as { region?: string }).region ?? '').startsWith(`${article.id} column`));
        if (nodes.length === 0) continue;
        const columns = new Set(nodes.map((node) => (node as { region?: string }).region));
        const picturesOnly = nodes.every((node) => node.props.wrap === false && hasImage(node));
        expect(picturesOnly && columns.size < article.columns, `page ${page.number}: ${article.id} has only pictures, in ${columns.size} of ${article.columns} columns`).toBe(false);
      }
    }
  });

  test('every word of every paragraph is placed once, in order', async () => {
    const { issue, layout } = await ready;
    const placed = blockTexts(texts(layout)).map((text) => words(text).join(' '));
    // A paragraph the issue has several times (the generated one repeats its sources) is placed as often.
    const wanted = new Map<string, number>();
    for (const article of issue.articles) {
      eachBlock(article, (block) => {
        if (block.type === 'paragraph') wanted.set(paragraphWords(block), (wanted.get(paragraphWords(block)) ?? 0) + 1);
      });
    }
    for (const [want, times] of wanted) {
      const found = placed.filter((text) => text === want);
      if (found.length !== times && process.env.DEBUG_LAYOUT) {
        const near = placed.find((text) => text.startsWith(want.slice(0, 30)));
        console.log('WANT', want, '\nGOT ', near);
      }
      expect(found.length, `paragraph placed ${found.length} times, not ${times}: ${want.slice(0, 60)}`).toBe(times);
    }
  });
});

describe('a heading right before a picture that spans the columns', () => {
  test('spans with the picture instead of ending the columns above it', async () => {
    const { dir } = issueCopy(path.join(fixtures, 'minimal'));
    const prose = 'Die Verwaltung hat im Frühjahr ihre Räume im Erdgeschoss bezogen, und die Bürgerinnen und Bürger finden alle Dienste an einem Ort. ';
    writeFileSync(path.join(dir, '02-hinweis.md'), `---\ntype: article\ntitle: Ein Hinweis\ncolumns: 3\n---\n\n${prose.repeat(8)}\n\n### Zwischentitel vor dem Bild\n\n:::figure{src="images/bild.jpg" alt="Eine graue Fläche." span}\nDie Bildunterschrift\n:::\n\n${prose.repeat(6)}\n`);
    const { layout } = await laidOut(dir);
    const heading = layout.pages.flatMap((page) => page.nodes).find((node) => node.lines?.some((line) => line.string.includes('Zwischentitel')));
    expect(heading, 'the heading is placed').toBeDefined();
    expect((heading as { region?: string }).region).toBe('02-hinweis span');
  });
});
