#!/usr/bin/env node
// Bundles the compiled CLI (dist/src/cli/main.js) and what it imports into dist/bundle/, so a one-off command
// loads a few files instead of hundreds (start-up was a fifth of a cold build). Lazily imported commands stay
// separate chunks, so `--help` and `build --only html` still load no PDF engine. pdfkit stays external (it
// reads its own data files), and so do the browser tools. The preview runs unbundled: it reloads templates
// that import the engine's modules by path.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bidiLeftToRightAtOnce, fontkitShapesLess, withoutEnglishDefaultHyphenation, yogaWithoutFetch } from './esbuild-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'dist', 'src', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  external: ['pdfkit', 'pa11y', 'puppeteer', 'playwright-core', 'chokidar', 'esbuild'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [withoutEnglishDefaultHyphenation, yogaWithoutFetch, bidiLeftToRightAtOnce, fontkitShapesLess],
  // Bundled CommonJS code calls require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __blattwerkRequire } from 'node:module'; const require = __blattwerkRequire(import.meta.url);" },
  // Maps back through dist/ to the TypeScript sources, for the stacks --debug shows.
  sourcemap: 'linked',
  logLevel: 'warning',
});
