// Bundles the preview page (src/preview/client/) into dist/preview-client/:
// index.html, app.js, app.css and pdf.js's worker, which the preview server
// serves under / and /client/. Run by `npm run build:preview` (and `prepare`).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src', 'preview', 'client');
const out = path.join(root, 'dist', 'preview-client');
// The worker must be the one of the pdf.js that react-pdf uses.
const requireFromReactPdf = createRequire(createRequire(import.meta.url).resolve('react-pdf'));
const worker = requireFromReactPdf.resolve('pdfjs-dist/build/pdf.worker.min.mjs');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: path.join(source, 'main.tsx') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: out,
  logLevel: 'warning',
});
await build({
  entryPoints: { app: path.join(source, 'styles.css') },
  bundle: true,
  minify: true,
  outdir: out,
  logLevel: 'warning',
});
copyFileSync(path.join(source, 'index.html'), path.join(out, 'index.html'));
copyFileSync(worker, path.join(out, 'pdf.worker.min.mjs'));
