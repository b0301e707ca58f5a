/**
 * The comparison renderer: the same content set by plain `@react-pdf/renderer`
 * in one column, untagged, with the same fonts (fonts/fonts.json) and German
 * hyphenation from the `hyphen` package. What Blattwerk costs on top of this
 * is the price of columns, make-up, tagging and the HTML.
 *
 *   node bench/plain-react-pdf.mjs <content.json> <out.pdf>
 *
 * Prints one JSON line: { pages, bytes, renderMs }.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createElement as h } from 'react';
import { Document, Font, Image, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const [contentPath, outPath] = process.argv.slice(2);
if (contentPath === undefined || outPath === undefined) {
  process.stderr.write('usage: node bench/plain-react-pdf.mjs <content.json> <out.pdf>\n');
  process.exit(2);
}

const started = performance.now();
const faces = JSON.parse(readFileSync(path.join(root, 'fonts', 'fonts.json'), 'utf8'));
const families = new Map();
for (const face of faces) families.set(face.family, [...(families.get(face.family) ?? []), face]);
for (const [family, members] of families) {
  Font.register({ family, fonts: members.map((face) => ({ src: path.join(root, 'fonts', face.ttf), fontStyle: face.style, fontWeight: face.weight })) });
}
const { hyphenateSync } = require('hyphen/de-1996');
Font.registerHyphenationCallback((word) => (word.length < 6 ? [word] : hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad')));

/** @type {{ title: string, articles: { title: string, blocks: { kind: 'heading' | 'paragraph' | 'figure', text: string, src?: string }[] }[] }} */
const content = JSON.parse(readFileSync(contentPath, 'utf8'));
const mm = (value) => (value * 72) / 25.4;
const body = { fontFamily: 'Noto Serif', fontSize: 9.5, lineHeight: 13 / 9.5, textAlign: 'justify', marginBottom: 4 };
const heading = { fontFamily: 'Noto Sans', fontWeight: 700, fontSize: 11, marginTop: 8, marginBottom: 4 };
const title = { fontFamily: 'Noto Sans', fontWeight: 700, fontSize: 20, marginTop: 14, marginBottom: 8 };

const blockElement = (block, key) => {
  if (block.kind === 'heading') return h(Text, { key, style: heading }, block.text);
  if (block.kind === 'figure') {
    return h(View, { key, wrap: false, style: { marginBottom: 6 } },
      h(Image, { src: block.src, style: { width: mm(80) } }),
      block.text === '' ? null : h(Text, { style: { ...body, fontSize: 7.5, lineHeight: 1.3 } }, block.text));
  }
  return h(Text, { key, style: body }, block.text);
};

const document = h(Document, { title: content.title, language: 'de' },
  h(Page, { size: 'A4', style: { paddingTop: mm(16), paddingBottom: mm(20), paddingHorizontal: mm(16) } },
    h(Text, { style: { ...title, fontSize: 40, marginTop: 0 } }, content.title),
    ...content.articles.map((article, index) => h(View, { key: index },
      h(Text, { style: title }, article.title),
      ...article.blocks.map(blockElement)))));

const buffer = await renderToBuffer(document);
writeFileSync(outPath, buffer);
const pages = buffer.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
process.stdout.write(`${JSON.stringify({ pages, bytes: buffer.byteLength, renderMs: performance.now() - started })}\n`);
