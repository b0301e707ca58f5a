#!/usr/bin/env node
// Makes the start-up snapshot of `blattwerk build` (see src/cli/snapshot.ts): bundles the compiled
// dist/src/cli/snapshot.js and everything it imports into one CommonJS script, runs it with
// `node --build-snapshot`, and writes dist/snapshot/blattwerk.blob with snapshot.json beside it (the
// Node.js version and folder it was made for; bin/blattwerk.js uses the snapshot only where both match),
// and the same facts in dist/snapshot/launch for bin/blattwerk, the command's shell script).
// A snapshot that cannot be made is a warning, not a failure: `blattwerk build` then loads its modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { oneOffV8Options } from '../bin/v8-options.js';
import { bidiLeftToRightAtOnce, fontkitShapesLess, withoutEnglishDefaultHyphenation, yogaWithoutFetch } from './esbuild-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'snapshot');
const script = path.join(outdir, 'blattwerk.cjs');
const blob = path.join(outdir, 'blattwerk.blob');

/**
 * A snapshot builder script may only require Node's own modules, and a CommonJS bundle has no
 * import.meta. Each module's import.meta.url becomes the address of the file it was read from, so
 * the fonts, package.json and the packages loaded later are found where they are. pdfkit reads its
 * standard fonts with a require() made by createRequire: made a plain require(), esbuild bundles them.
 */
const snapshotSafe = {
  name: 'snapshot-safe',
  setup(builder) {
    builder.onLoad({ filter: /\.(m?js|cjs)$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      if (/[\\/]node_modules[\\/]pdfkit[\\/]/.test(args.path)) {
        const made = /const (require\$\d*) = createRequire\(import\.meta\.url\);/.exec(text);
        if (made !== null) {
          const name = made[1].replace('$', '\\$');
          text = text.replace(made[0], '').replace(new RegExp(`\\b${name}\\((['"]#standard-fonts/\\w+['"])\\)`, 'g'), 'require($1)');
        }
      }
      text = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)));
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * Left out: the check and preview commands (only `build` starts from the snapshot), and the Brotli
 * decoder fontkit needs only for WOFF2 fonts (the PDF embeds TrueType). Each is a stub that throws
 * when called, so a use that slips in is an error, not a wrong result.
 */
const leftOut = {
  name: 'left-out',
  setup(builder) {
    builder.onResolve({ filter: /^brotli\/decompress(\.js)?$|[\\/](check|preview)-command\.js$/ }, (args) => ({ path: args.path, namespace: 'left-out' }));
    builder.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `module.exports = function () { throw new Error(${JSON.stringify(`${args.path} is not part of the start-up snapshot`)}); };`,
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [path.join(root, 'dist', 'src', 'cli', 'snapshot.js')],
  outfile: script,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  external: ['pa11y', 'puppeteer', 'playwright-core', 'chokidar', 'esbuild'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [withoutEnglishDefaultHyphenation, yogaWithoutFetch, bidiLeftToRightAtOnce, fontkitShapesLess, leftOut, snapshotSafe],
  // V8 keeps the whole script as one string in the heap, so in the snapshot: minified and pure ASCII (one
  // non-ASCII character in a comment makes it a two-byte string), 11 MB less to load on every start.
  minify: true,
  keepNames: true,
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'error',
});

// esbuild leaves non-ASCII characters in regular expression literals; escaped, they mean the same
// (an escaped surrogate pair is one code point in a /u expression too), and the script stays one-byte.
writeFileSync(script, readFileSync(script, 'utf8').replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// Made with the V8 options of one-off commands; bin/blattwerk.js starts it with the ones recorded in snapshot.json.
const v8Options = oneOffV8Options;
const made = spawnSync(process.execPath, [...v8Options, '--no-warnings', '--snapshot-blob', blob, '--build-snapshot', script], { cwd: root, encoding: 'utf8' });
if (made.status !== 0) {
  rmSync(blob, { force: true });
  process.stderr.write(`warning: the start-up snapshot could not be made, so \`blattwerk build\` will load its modules (about 0.3 s slower):\n${(made.stderr || made.stdout).trim().split('\n').slice(0, 12).join('\n')}\n`);
} else {
  if (process.env.BLATTWERK_KEEP_SNAPSHOT_SCRIPT === undefined) rmSync(script);
  const bytes = statSync(blob).size;
  writeFileSync(path.join(outdir, 'snapshot.json'), `${JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, root, bytes, v8Options }, null, 2)}\n`);
  // The same facts for bin/blattwerk, the command's shell script, one per line (it reads them without starting Node.js).
  writeFileSync(path.join(outdir, 'launch'), `${[process.version, realpathSync(root), bytes, v8Options.join(' '), realpathSync(process.execPath)].join('\n')}\n`);
}
