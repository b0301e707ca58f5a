// esbuild plugins shared by the two bundles (scripts/bundle-cli.mjs, scripts/build-snapshot.mjs).
import { readFile } from 'node:fs/promises';

/**
 * React-PDF's textkit imports `@react-pdf/hyphenate/en-us`, which builds a trie of the English
 * hyphenation patterns as it loads: 1.2 MB of the start-up snapshot, and ≈ 25 ms of every start
 * without the snapshot (importing it took 25 ms, its pattern file alone 19). textkit uses it only for
 * text without a hyphenation callback, and Blattwerk gives every text one (src/render/pdf/galley.ts
 * registers the issue language's hyphenator before each layout), which ignores textkit's built-in one.
 * In its place the bundles get a module that splits nothing, so a text that ever reached it would be
 * set unhyphenated, not wrongly. tests/cli/snapshot.test.ts checks that an English issue built from the
 * snapshot is hyphenated and byte for byte what the unbundled modules make.
 */
export const withoutEnglishDefaultHyphenation = {
  name: 'without-english-default-hyphenation',
  setup(builder) {
    builder.onResolve({ filter: /^@react-pdf\/hyphenate\/en-us(\.js)?$/ }, (args) => ({ path: args.path, namespace: 'no-default-hyphenation' }));
    builder.onLoad({ filter: /.*/, namespace: 'no-default-hyphenation' }, () => ({
      contents: 'export const syllables = (word) => [word];\nexport const hyphenate = (word) => word;\nexport const patterns = { patterns: [] };\n',
      loader: 'js',
    }));
  },
};

/**
 * A plugin that replaces pieces of a package's code, each of which must occur exactly once: when a new
 * version writes one differently, the bundle fails to build here instead of silently keeping the old
 * way. `prelude` is code put before the file's own (functions the replacements call). One plugin per
 * file: esbuild takes the first plugin that loads a file.
 */
function replaceOnce(name, file, from, to, { more = [], prelude = '' } = {}) {
  return {
    name,
    setup(builder) {
      builder.onLoad({ filter: file }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [piece, replacement] of [[from, to], ...more]) {
          if (text.split(piece).length !== 2) throw new Error(`${args.path}: no longer reads \`${piece}\` once; see the ${name} plugin in scripts/esbuild-plugins.mjs`);
          text = text.replace(piece, () => replacement);
        }
        return { contents: prelude + text, loader: 'js' };
      });
    },
  };
}

/**
 * yoga-layout's Emscripten loader fetches its WebAssembly, which it carries as a base64 data: URL,
 * with `fetch()` whenever there is one: in Node.js that loads undici and has it decode the URL, 16 ms
 * of the first layout (27 against 11 ms to load yoga, medians of 3). The bundles take the loader's
 * own way for hosts without fetch (atob); the bytes are the same.
 */
export const yogaWithoutFetch = replaceOnce(
  'yoga-without-fetch',
  /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
  '"function"!=typeof fetch?Promise.resolve()',
  '!0?Promise.resolve()',
);

/**
 * textkit runs the Unicode bidirectional algorithm (bidi-js) over every paragraph it lays out, 16 ms of
 * a cold seed build, although a paragraph without right-to-left letters, Arabic digits or explicit
 * direction marks, in a left-to-right block, has every level 0, which is all the bundles now give
 * such a paragraph without running it (the runs textkit makes from the levels are the same). Anything
 * else, and every block set right to left, still goes through bidi-js. The expression: Hebrew to Arabic
 * Extended (R, AL, AN), RLM, embeddings and overrides, isolates, the presentation forms, and the
 * supplementary right-to-left blocks (by their high surrogates).
 */
const rightToLeft = '/[\\u0590-\\u08ff\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufb1d-\\ufdff\\ufe70-\\ufeff\\ud802\\ud803\\ud83a\\ud83b]/';
export const bidiLeftToRightAtOnce = replaceOnce(
  'bidi-left-to-right-at-once',
  /[\\/]@react-pdf[\\/]textkit[\\/]lib[\\/]textkit\.js$/,
  'const { levels } = bidi.getEmbeddingLevels(string, direction);',
  `const { levels } = direction !== 'rtl' && !${rightToLeft}.test(string) ? { levels: new Uint8Array(string.length) } : bidi.getEmbeddingLevels(string, direction);`,
);

/**
 * Where fontkit spends a cold build (the seed's profile: its shaping is a fifth of the layout), patched in
 * the bundles only; the PDFs stay byte for byte what the unbundled modules make (tests/cli/snapshot.test.ts
 * builds the seed, the gemeindebrief, an English and a right-to-left issue both ways).
 *
 * - Each OpenType table is read through a getter that called fontkit's table lookup again on every use
 *   (a bound function and a key test): the GDEF table once for every glyph shaped, the head table for
 *   every glyph textkit scales. The getter now keeps a decoded table as a plain value the first time; a
 *   table that failed to decode is tried again, as before.
 * - A lookup (a ligature, the kerning, mark positioning) was tried on every glyph of a run, each time
 *   searching the coverage of each of its subtables: mostly in vain, since a lookup starts only at the
 *   glyphs its subtables cover. Each lookup now keeps those glyphs in a byte array, made on its first use,
 *   and is tried only where one of them stands; a lookup of a kind this does not know, or whose subtable
 *   has no coverage where it should, is tried on every glyph as before. Which coverage a subtable starts
 *   at is read from fontkit's own applyLookup: the first glyph's (`coverage`, `markCoverage`,
 *   `mark1Coverage`; the first input coverage of a format 3 context), unwrapped from extension subtables.
 * - Where a lookup does apply, fontkit found a glyph's place in a coverage table with a linear search
 *   (indexOf over its glyphs, or over its ranges) and its class in a class definition by ranges, one
 *   after the other: the kerning's tables have hundreds. Tables of more than 16 glyphs or ranges now
 *   get a map from glyph to place or class on first use (the first match wins, as in the search).
 * - The subsetter decoded every glyph's outline (points, flags) to learn whether it is made of other
 *   glyphs; it now reads the glyph's first number, its count of contours, and decodes only the composite
 *   glyphs, whose parts it needs (fonts with variations, whose outlines it writes anew, as before).
 */
const fontkitPrelude = `
function blattwerkStartCoverage(table, type, positioning) {
  if (table == null) return undefined;
  if (type === (positioning ? 9 : 7)) return blattwerkStartCoverage(table.extension, table.lookupType, positioning);
  if (type === (positioning ? 7 : 5)) return table.version === 3 ? (table.coverages || [])[0] : table.coverage;
  if (type === (positioning ? 8 : 6)) return table.version === 3 ? (table.inputCoverage || [])[0] : table.coverage;
  if (positioning) return type >= 1 && type <= 3 ? table.coverage : type === 4 || type === 5 ? table.markCoverage : type === 6 ? table.mark1Coverage : undefined;
  return type >= 1 && type <= 4 ? table.coverage : undefined;
}
function blattwerkFirstGlyphs(lookup, positioning) {
  if (Object.prototype.hasOwnProperty.call(lookup, 'blattwerkFirstGlyphs')) return lookup.blattwerkFirstGlyphs;
  let glyphs = null;
  const coverages = [];
  for (const table of lookup.subTables) coverages.push(blattwerkStartCoverage(table, lookup.lookupType, positioning));
  if (coverages.every((coverage) => coverage != null && ((coverage.version === 1 && Array.isArray(coverage.glyphs)) || (coverage.version === 2 && Array.isArray(coverage.rangeRecords))))) {
    let last = 0;
    for (const coverage of coverages) {
      if (coverage.version === 1) for (const glyph of coverage.glyphs) last = Math.max(last, glyph);
      else for (const range of coverage.rangeRecords) last = Math.max(last, range.end);
    }
    glyphs = new Uint8Array(last + 1);
    for (const coverage of coverages) {
      if (coverage.version === 1) for (const glyph of coverage.glyphs) glyphs[glyph] = 1;
      else for (const range of coverage.rangeRecords) glyphs.fill(1, range.start, range.end + 1);
    }
  }
  Object.defineProperty(lookup, 'blattwerkFirstGlyphs', { value: glyphs });
  return glyphs;
}
function blattwerkGlyphForSubset(font, glyph, id) {
  if (font._variationProcessor) return glyph._decode();
  const start = font.loca.offsets[id];
  if (start === font.loca.offsets[id + 1]) return null;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const contours = stream.readInt16BE();
  return contours < 0 ? glyph._decode() : { numberOfContours: contours };
}
// The entries of a coverage or class table: glyph ids (coverage format 1) or ranges with start and end.
const blattwerkStart = (entry) => (typeof entry === 'number' ? entry : entry.start);
const blattwerkEnd = (entry) => (typeof entry === 'number' ? entry : entry.end);
function blattwerkGlyphMap(table, ranges, value) {
  if (Object.prototype.hasOwnProperty.call(table, 'blattwerkGlyphMap')) return table.blattwerkGlyphMap;
  let map = null;
  if (Array.isArray(ranges) && ranges.length > 16) {
    let last = 0;
    for (const range of ranges) last = Math.max(last, blattwerkEnd(range));
    map = new Uint16Array(last + 1);
    // Filled from the last entry to the first, so where entries overlap the first wins, as in fontkit's search.
    for (let i = ranges.length - 1; i >= 0 && map !== null; i -= 1) {
      const range = ranges[i];
      for (let glyph = blattwerkStart(range); glyph <= blattwerkEnd(range); glyph += 1) {
        const found = value(range, glyph, i);
        if (!(found >= 0 && found < 65535)) { map = null; break; }
        map[glyph] = found + 1;
      }
    }
  }
  Object.defineProperty(table, 'blattwerkGlyphMap', { value: map });
  return map;
}
`;
export const fontkitShapesLess = replaceOnce(
  'fontkit-shapes-less',
  /[\\/]fontkit[\\/]dist[\\/][^\\/]+\.(mjs|cjs)$/,
  'get: this._getTable.bind(this, table)',
  'configurable: true, get: () => { const value = this._getTable(table); if (table.tag in this._tables) Object.defineProperty(this, tag, { value, configurable: true }); return value; }',
  {
    prelude: fontkitPrelude,
    more: [
      [
        `            this.glyphIterator.reset(lookup.flags);
            while(this.glyphIterator.index < glyphs.length){
                if (!(feature in this.glyphIterator.cur.features)) {`,
        `            this.glyphIterator.reset(lookup.flags);
            const starts = blattwerkFirstGlyphs(lookup, typeof this.applyPositionValue === 'function');
            while(this.glyphIterator.index < glyphs.length){
                if (!(feature in this.glyphIterator.cur.features) || (starts !== null && starts[this.glyphIterator.cur.id] !== 1)) {`,
      ],
      [
        `    coverageIndex(coverage, glyph) {
        if (glyph == null) glyph = this.glyphIterator.cur.id;`,
        `    coverageIndex(coverage, glyph) {
        if (glyph == null) glyph = this.glyphIterator.cur.id;
        const places = blattwerkGlyphMap(coverage, coverage.version === 1 ? coverage.glyphs : coverage.version === 2 ? coverage.rangeRecords : undefined, (range, glyph, i) => coverage.version === 1 ? i : range.startCoverageIndex + glyph - range.start);
        if (places !== null) return glyph < places.length ? places[glyph] - 1 : -1;`,
      ],
      [
        `        let glyph = this.font.getGlyph(gid);
        let glyf = glyph._decode();`,
        `        let glyph = this.font.getGlyph(gid);
        let glyf = blattwerkGlyphForSubset(this.font, glyph, gid);`,
      ],
      [
        `    getClassID(glyph, classDef) {
        switch(classDef.version){`,
        `    getClassID(glyph, classDef) {
        const classes = classDef.version === 2 ? blattwerkGlyphMap(classDef, classDef.classRangeRecord, (range) => range.class) : null;
        if (classes !== null) return glyph < classes.length && classes[glyph] !== 0 ? classes[glyph] - 1 : 0;
        switch(classDef.version){`,
      ],
    ],
  },
);
