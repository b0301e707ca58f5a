/**
 * The HTML output, parsed: landmarks, one h1, article headings, figures with
 * alt text and credits, quotes with cite, tables with th scope and caption,
 * foreign-language spans, the Impressum, the PDF link, nothing unsafe.
 */
import { describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

function page(slug: string): Document {
  const html = readFileSync(path.join(inject('outDir'), slug, 'index.html'), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

describe('HTML of the seed issue', () => {
  const doc = page('2018-herbst');

  test('has the language, a skip link to main, and the landmarks', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    const skip = doc.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#_inhalt');
    expect(doc.querySelector('main#_inhalt')).not.toBeNull();
    expect(doc.querySelector('body > header')).not.toBeNull();
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.querySelector('body > footer')?.textContent).toContain('Schleunungdruck GmbH, 97828 Marktheidenfeld');
  });

  test('has exactly one h1, and an h2 per article in order', () => {
    expect(doc.querySelectorAll('h1').length).toBe(1);
    expect(doc.querySelector('h1')?.textContent).toBe('Integration in Hessen');
    const titles = [...doc.querySelectorAll('main article > header h2')].map((h) => h.textContent);
    expect(titles).toEqual([
      'Vorwort',
      '„Integrierte Sprachförderung als Erfolgsfaktor“',
      'Bundeskonzferenz der Integrationsbeauftragten von Bund, Ländern und Kommunen',
      'Staatssekretär Klose im Gespräch mit den Jüdischen Gemeinden in Hessen',
      'Ist die Zukunft BUNT?',
      'Löwen im Herz - Dialog-Veranstaltung',
      'Diskussion zu den Integrationsverträgen',
      'Projekt Lernmobil in Viernheim',
      'Entscheidend ist, wie wir mit Migration umgehen',
      'Kluge Worte',
      'TUS Makkabi Frankfurt',
      'Hessenweites Vernetzungstreffen der Migrantenorganisationen in Gießen',
    ]);
    const contents = [...doc.querySelectorAll('nav li a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual([...doc.querySelectorAll('main article')].map((a) => `#${a.id}`));
  });

  test('figures carry alt text and the caption with the © credit', () => {
    const figures = [...doc.querySelectorAll('main figure.figure')];
    expect(figures.length).toBe(9);
    for (const figure of figures) {
      const img = figure.querySelector('img')!;
      expect(img.getAttribute('alt')!.length).toBeGreaterThan(10);
      expect(figure.querySelector('figcaption .credit')?.textContent).toMatch(/^©/);
    }
    expect(figures[0]!.querySelector('figcaption')!.textContent).toBe('Staatssekretär Kai Klose in der Diskussion © Bundesregierung Harry Soremski');
  });

  test('the quote box is a blockquote with its source in cite', () => {
    const quote = doc.querySelector('figure.pullquote');
    expect(quote?.querySelector('blockquote')?.textContent).toContain('Die Wertschätzung von Vielfalt bedeutet');
    expect(quote?.querySelector('cite')?.textContent).toBe('Theodor W. Adorno');
  });

  test('the English hashtag is marked as English', () => {
    expect(doc.querySelector('span[lang="en"]')?.textContent).toBe('#metwo');
  });

  test('the column names its author with portrait', () => {
    const column = doc.querySelector('article.article--column');
    expect(column?.textContent).toContain('Ansichten von Staatssekretär Kai Klose');
    expect(column?.querySelector('img.portrait')?.getAttribute('alt')).toBe('Porträt von Kai Klose');
  });

  test('links to the PDF with its page count and size', () => {
    const link = doc.querySelector('a[href="2018-herbst.pdf"]');
    expect(link?.textContent).toMatch(/PDF, \d+ Seiten, \d+ KB/);
  });
});

describe('HTML of the gemeindebrief fixture', () => {
  const doc = page('gemeindebrief');

  test('tables have a caption and th with scope', () => {
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBe(2);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent?.length).toBeGreaterThan(5);
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(1);
    }
    expect(doc.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
  });

  test('decorative images are hidden and informative ones described', () => {
    const images = [...doc.querySelectorAll('img')];
    const decorative = images.filter((img) => img.getAttribute('alt') === '');
    expect(decorative.length).toBe(1);
    expect(decorative[0]!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(images.filter((img) => (img.getAttribute('alt') ?? '').length > 5).length).toBe(images.length - 1);
  });

  test('foreign passages and the English article carry their language', () => {
    expect(doc.querySelector('span[lang="en"]')?.textContent).toBe('Welcome Center');
    expect(doc.querySelector('span[lang="fr"]')?.textContent).toBe('savoir-vivre');
    expect(doc.querySelector('article[lang="en"]')).not.toBeNull();
  });

  test('lists, links, footnotes and strikethrough come through', () => {
    expect(doc.querySelectorAll('main ul li').length).toBeGreaterThan(2);
    expect(doc.querySelectorAll('main ol li').length).toBeGreaterThan(2);
    expect(doc.querySelector('a[href="mailto:buergerbuero@waldstetten.example"]')).not.toBeNull();
    expect(doc.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(doc.querySelector('section.footnotes li')).not.toBeNull();
    expect(doc.querySelector('del')).not.toBeNull();
  });

  test('no script and no javascript: link anywhere', () => {
    for (const slug of ['2018-herbst', 'gemeindebrief', 'minimal']) {
      const html = readFileSync(path.join(inject('outDir'), slug, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<script|javascript:/i);
    }
  });
});

describe('the fonts an HTML page ships', () => {
  const shipped = (slug: string) => ({
    files: readdirSync(path.join(inject('outDir'), slug, 'fonts')).sort(),
    faces: [...readFileSync(path.join(inject('outDir'), slug, 'style.css'), 'utf8').matchAll(/@font-face\{font-family:"([^"]+)"/g)].map((match) => match[1]),
  });

  test('a fallback face only where the page has one of its characters; every text face always', () => {
    // The seed has no arrows, no Arabic, Hebrew or Ethiopic.
    const seed = shipped('2018-herbst');
    expect(seed.files.filter((file) => /Math|Arabic|Hebrew|Ethiopic/.test(file))).toEqual([]);
    expect(new Set(seed.faces)).toEqual(new Set(['Noto Serif', 'Noto Sans', 'Noto Sans SemiCondensed']));
    expect(seed.files).toHaveLength(11);
    // The gemeindebrief's footnotes lead back with ↩, an arrow that only Noto Sans Math has.
    const gemeindebrief = shipped('gemeindebrief');
    expect(readFileSync(path.join(inject('outDir'), 'gemeindebrief', 'index.html'), 'utf8')).toContain('↩');
    expect(gemeindebrief.files).toContain('NotoSansMath-Regular.woff2');
    expect(gemeindebrief.faces).toContain('Noto Sans Math');
    expect(gemeindebrief.files.filter((file) => /Arabic|Hebrew|Ethiopic/.test(file))).toEqual([]);
  });
});
