/**
 * The warm rebuild, in one process as the preview does it: build the issue
 * once, then change one word in one article file and build again, several
 * times. Each rebuild runs the preview's two passes (src/preview/rebuild.ts):
 * first the HTML beside the last PDF, written as soon as it is ready, then
 * the whole issue with a new PDF. The pipeline writes both outputs in one
 * atomic step, so "HTML written" is the end of the first pass and "PDF
 * written" the end of the second.
 *
 *   node bench/warm.mjs --dir <issue> --out <folder> [--edits 5] [--cpu-prof <file>]
 *
 * `--cpu-prof` records a CPU profile of the rebuilds only (not of start-up
 * and the first build). Prints one JSON object.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = (file) => pathToFileURL(path.join(root, 'dist', 'src', file)).href;
const { values } = parseArgs({
  options: { dir: { type: 'string' }, out: { type: 'string' }, edits: { type: 'string', default: '5' }, 'cpu-prof': { type: 'string' } },
});
if (values.dir === undefined || values.out === undefined) {
  process.stderr.write('usage: node bench/warm.mjs --dir <issue> --out <folder> [--edits 5] [--cpu-prof <file>]\n');
  process.exit(2);
}
const dir = path.resolve(values.dir);

const started = performance.now();
const { build } = await import(dist('pipeline.js'));
const { loadTemplates, pdfRendererFor } = await import(dist('cli/engine.js'));
const templates = await loadTemplates();
const renderPdf = await pdfRendererFor({ bleed: 0 });
const images = new Map();
const options = { dir, cwd: dir, outDir: path.resolve(values.out), templates, caches: { images } };
const importMs = performance.now() - started;

const timed = async (run) => {
  const start = performance.now();
  const result = await run();
  if (!result.ok) throw new Error(`bench: ${dir} did not build: ${result.files.flatMap((f) => f.messages.map(String)).join('\n')}`);
  return { result, ms: performance.now() - start };
};

const first = await timed(() => build({ ...options, targets: ['html', 'pdf'], renderPdf }));
let lastPdf = first.result.pdf;
const articles = first.result.issue.articles;
const edited = path.join(dir, articles[Math.floor(articles.length / 2)].source.file);
const original = readFileSync(edited, 'utf8');
const body = original.indexOf('\n---', 3);
const word = [[' und ', ' sowie '], [' the ', ' a ']].find(([from]) => original.slice(body).includes(from));
if (word === undefined) throw new Error(`bench: ${edited} has no word to change`);

let session;
if (values['cpu-prof'] !== undefined) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
}

const edits = [];
for (let i = 0; i < Number(values.edits); i += 1) {
  // Odd edits change the first " und " after the front matter, even edits change it back.
  const next = i % 2 === 0 ? original.slice(0, body) + original.slice(body).replace(word[0], word[1]) : original;
  writeFileSync(edited, next);
  const start = performance.now();
  const onDisk = { bytes: lastPdf.bytes, pages: lastPdf.pages };
  const htmlPass = await timed(() => build({ ...options, targets: ['html', 'pdf'], renderPdf: async () => onDisk }));
  const htmlMs = performance.now() - start;
  const fullPass = await timed(() => build({ ...options, targets: ['html', 'pdf'], renderPdf }));
  const pdfMs = performance.now() - start;
  lastPdf = fullPass.result.pdf;
  edits.push({ htmlMs, pdfMs, fullPassMs: fullPass.ms, htmlPassTimings: htmlPass.result.timings, fullPassTimings: fullPass.result.timings });
}
writeFileSync(edited, original);

if (session !== undefined) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values['cpu-prof'], JSON.stringify(profile));
  session.disconnect();
}

process.stdout.write(`${JSON.stringify({
  file: path.relative(dir, edited),
  importMs,
  firstBuildMs: first.ms,
  pages: lastPdf.pages,
  edits,
})}\n`);
