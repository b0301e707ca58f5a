#!/usr/bin/env node
// Renders the built seed PDF to pictures for the README and for layout review:
//   docs/page-1.png       page 1 at 110 dpi (shown in the README)
//   docs/pages/page-N.png every page at 60 dpi
// Run `npm run build` first; needs poppler-utils (pdftoppm).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slug = process.argv[2] ?? '2018-herbst';
const pdf = path.join(root, 'output', slug, `${slug}.pdf`);
if (!existsSync(pdf)) {
  console.error(`No ${path.relative(root, pdf)}: run \`npm run build\` first.`);
  process.exit(1);
}
const docs = path.join(root, 'docs');
const pages = path.join(docs, 'pages');
rmSync(pages, { recursive: true, force: true });
mkdirSync(pages, { recursive: true });
execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(docs, 'page-1')]);
execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(pages, 'page')]);
// pdftoppm pads page numbers to the page count's width; name them page-1.png, page-2.png, …
for (const name of readdirSync(pages)) {
  const number = Number(/page-0*(\d+)\.png$/.exec(name)?.[1]);
  if (number) renameSync(path.join(pages, name), path.join(pages, `page-${number}.png`));
}
console.log(`wrote docs/page-1.png and ${readdirSync(pages).length} pages in docs/pages/`);
