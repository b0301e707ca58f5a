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
 * A plugin that replaces one piece of a package's code, which must occur exactly once: when a new
 * version writes it differently, the bundle fails to build here instead of silently keeping the old way.
 */
function replaceOnce(name, file, from, to) {
  return {
    name,
    setup(builder) {
      builder.onLoad({ filter: file }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (text.split(from).length !== 2) throw new Error(`${args.path}: no longer reads \`${from}\` once; see the ${name} plugin in scripts/esbuild-plugins.mjs`);
        return { contents: text.replace(from, to), loader: 'js' };
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
 * fontkit reads each OpenType table through a getter that calls its table lookup again on every use
 * (a bound function and a key test): the GDEF table once for every glyph it shapes, the head table
 * for every glyph textkit scales. In the bundles the getter keeps a decoded table as a plain value
 * the first time; a table that failed to decode is tried again, as before.
 */
export const fontkitTablesOnce = replaceOnce(
  'fontkit-tables-once',
  /[\\/]fontkit[\\/]dist[\\/][^\\/]+\.(mjs|cjs)$/,
  'get: this._getTable.bind(this, table)',
  'configurable: true, get: () => { const value = this._getTable(table); if (table.tag in this._tables) Object.defineProperty(this, tag, { value, configurable: true }); return value; }',
);
