/**
 * PDFs made in one process (the preview, the tests), one after the other or
 * at the same time, do not change each other. Laid out at the same time, each
 * is hyphenated by its own language: the language's hyphenator used to be
 * set on the font store all layouts share, and a layout resumed after an
 * await with the other's (galley.ts now gives each text block its own).
 * One after the other, every glyph keeps the characters it stands for.
 * fontkit remembers one glyph object per glyph with the characters of its
 * first request, and its subsetter asks for the parts of composite glyphs
 * with none; a later layout got the period without its character, and the
 * German masthead "2. Mai 2024" came out as ". Mai 2024" (font-store.ts).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy } from '../helpers/fixtures.js';
import { buildIssue } from '../helpers/build.js';
import { layoutPdf, renderPdf } from '../../src/render/pdf/render-pdf.js';
import { newsletterTemplates } from '../../templates/index.js';
import type { LayoutNode } from '../../src/render/pdf/layout-types.js';
import { endsWithInsertedHyphen } from '../../src/render/pdf/hyphen-glyphs.js';

const templates = newsletterTemplates();

/** Every run of every line of the layout, with its text and the length of the text its glyphs stand for. */
function runs(nodes: readonly LayoutNode[]): { text: string; covered: number }[] {
  const out: { text: string; covered: number }[] = [];
  const walk = (node: LayoutNode) => {
    for (const line of node.lines ?? []) {
      for (const run of line.runs) {
        const covered = run.glyphs.reduce((sum, glyph) => sum + glyph.codePoints.reduce((n, codePoint) => n + (codePoint > 0xffff ? 2 : 1), 0), 0);
        out.push({ text: line.string.slice(run.start, run.end), covered });
      }
    }
    (node.children ?? []).forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

describe('PDFs made one after the other in one process', () => {
  test('a PDF made before does not take characters from the next one', async () => {
    const english = issueCopy(path.join(fixtures, 'minimal'), undefined, 'english').dir;
    writeFileSync(path.join(english, 'issue.yaml'), readFileSync(path.join(english, 'issue.yaml'), 'utf8').replace('lang: de', 'lang: en'));
    const prose = 'Municipalities administer neighbourhood integration programmes, interdisciplinary counselling and multilingual information; representatives exchange experiences. ';
    writeFileSync(path.join(english, '02-hinweis.md'), `---\ntype: article\ntitle: Notice\ncolumns: 3\n---\n\n${prose.repeat(6)}\n`);
    const first = await buildIssue(english, { targets: [] });
    await renderPdf(first.issue!, templates, { bleed: 0 });

    const german = (await buildIssue(issueCopy(path.join(fixtures, 'minimal')).dir, { targets: [] })).issue!;
    const layout = await layoutPdf(german, templates, { bleed: 0 });
    const all = [...layout.galleys.values()].flatMap((galley) => runs(galley.nodes));
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((run) => run.covered !== run.text.length)).toEqual([]);
    expect(runs(layout.galleys.get('masthead')!.nodes).map((run) => run.text).join('')).toContain('2. Mai 2024');
  });
});

describe('PDFs laid out at the same time in one process', () => {
  test('each is hyphenated by its own language, as when laid out alone', async () => {
    // A German and an English issue with long words in narrow columns, where the languages break differently.
    const german = issueCopy(path.join(fixtures, 'minimal'), undefined, 'german').dir;
    writeFileSync(path.join(german, '02-hinweis.md'), `---\ntype: article\ntitle: Hinweis\ncolumns: 3\n---\n\n${'Die Rechtsschutzversicherungsgesellschaften und die Arbeiterunfallversicherungsgesetze der Donaudampfschifffahrtsgesellschaft. '.repeat(6)}\n`);
    const english = issueCopy(path.join(fixtures, 'minimal'), undefined, 'english').dir;
    writeFileSync(path.join(english, 'issue.yaml'), readFileSync(path.join(english, 'issue.yaml'), 'utf8').replace('lang: de', 'lang: en'));
    writeFileSync(path.join(english, '02-hinweis.md'), `---\ntype: article\ntitle: Notice\ncolumns: 3\n---\n\n${'The internationalization of uncharacteristically incomprehensible counterrevolutionaries. '.repeat(6)}\n`);
    const issues = [(await buildIssue(german, { targets: [] })).issue!, (await buildIssue(english, { targets: [] })).issue!];
    const lines = (layout: Awaited<ReturnType<typeof layoutPdf>>) => [...layout.galleys.values()].flatMap((galley) => {
      const out: string[] = [];
      const walk = (node: LayoutNode) => {
        // A line broken inside a word ends with the hyphen the layout put there (marked here with ¬).
        for (const line of node.lines ?? []) out.push(endsWithInsertedHyphen(line, false) ? `${line.string}¬` : line.string);
        (node.children ?? []).forEach(walk);
      };
      galley.nodes.forEach(walk);
      return out;
    });
    const alone = [lines(await layoutPdf(issues[0]!, templates, { bleed: 0 })), lines(await layoutPdf(issues[1]!, templates, { bleed: 0 }))];
    const together = (await Promise.all(issues.map((issue) => layoutPdf(issue, templates, { bleed: 0 })))).map(lines);
    // Both are hyphenated at all, so a wrong language would show.
    for (const set of alone) expect(set.filter((line) => line.endsWith('¬')).length).toBeGreaterThan(3);
    expect(together).toEqual(alone);
  });
});
