/**
 * The structure tree as pdf.js (the PDF reader of Firefox, and of the
 * preview) hands it to assistive technology, page by page: headings,
 * paragraphs, figures with alternative text and captions, the quote box,
 * lists, tables with header cells, links, and the English hashtag's language.
 */
import { describe, expect, inject, test } from 'vitest';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { openPdf } from '../helpers/pdf.js';
import { root } from '../helpers/fixtures.js';

interface StructNode { role?: string; alt?: string; lang?: string; type?: string; id?: string; children?: StructNode[] }
interface Element { role: string; alt: string | undefined; lang: string | undefined; text: string }

/** Every structure element pdf.js reports on any page, with the text of its marked content. */
async function elements(slug: string): Promise<Element[]> {
  const pdf = await openPdf(path.join(inject('outDir'), slug, `${slug}.pdf`));
  const out: Element[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    // Text by marked-content id, from the page's text content with its marked content.
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textById = new Map<string, string>();
    const open: string[] = [];
    for (const item of content.items as Array<{ type?: string; id?: string; str?: string }>) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str !== undefined && open.length > 0) {
        const id = open.at(-1)!;
        textById.set(id, (textById.get(id) ?? '') + item.str);
      }
    }
    const text = (node: StructNode): string => (node.type === 'content' ? textById.get(node.id ?? '') ?? '' : (node.children ?? []).map(text).join(''));
    const walk = (node: StructNode) => {
      if (node.role !== undefined) out.push({ role: node.role, alt: node.alt, lang: node.lang, text: text(node) });
      for (const child of node.children ?? []) walk(child);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  return out;
}

describe('pdf.js reads the structure of the seed issue', () => {
  const ready = elements('2018-herbst');

  test('headings: one H1 (the masthead title) and an H2 per article', async () => {
    const all = await ready;
    const h1 = new Set(all.filter((e) => e.role === 'H1').map((e) => e.text));
    expect(h1.size).toBe(1);
    expect([...h1][0]).toMatch(/Integration/);
    const h2 = new Set(all.filter((e) => e.role === 'H2').map((e) => e.text));
    expect(h2.size).toBeGreaterThanOrEqual(12);
  });

  test('headlines are not hyphenated: each H2 is its title, glyph for glyph', async () => {
    const dir = path.join(root, 'issues', '2018-herbst');
    const titles = readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, name), 'utf8'))![1]!;
      return (parseYaml(front) as { title: string }).title;
    });
    const squash = (text: string) => text.replace(/\s+/g, '');
    const h2 = [...new Set((await ready).filter((e) => e.role === 'H2').map((e) => squash(e.text)))];
    expect(h2.sort()).toEqual([...titles, 'Impressum'].map(squash).sort());
  });

  test('paragraphs, figures with alt text and captions, the quote box, links', async () => {
    const all = await ready;
    expect(all.filter((e) => e.role === 'P').length).toBeGreaterThan(50);
    const figures = all.filter((e) => e.role === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(11);
    for (const figure of figures) expect(figure.alt?.trim().length ?? 0, 'a Figure without alt').toBeGreaterThan(5);
    expect(all.some((e) => e.role === 'Caption' && /©/.test(e.text))).toBe(true);
    expect(all.some((e) => e.role === 'BlockQuote' && /Wertschätzung/.test(e.text))).toBe(true);
    expect(all.some((e) => e.role === 'Link')).toBe(true);
  });

  test('the English hashtag is a Span in English', async () => {
    const spans = (await ready).filter((e) => e.role === 'Span' && e.lang === 'en');
    expect(spans.map((e) => e.text.replace(/\s+/g, ''))).toContain('#metwo');
  });
});

describe('pdf.js reads the structure of the gemeindebrief fixture', () => {
  const ready = elements('gemeindebrief');

  test('lists with items, tables with header cells, a French passage', async () => {
    const all = await ready;
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(all.some((e) => e.role === role), role).toBe(true);
    expect(all.some((e) => e.lang === 'fr')).toBe(true);
  });
});
