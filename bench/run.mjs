/**
 * `npm run bench`: times Blattwerk on the seed issue and on generated issues
 * of about 10, 50 and 100 pages and of 10 and 60 three-column articles, and
 * prints tables of the medians; the same numbers go to bench/results/latest.json.
 *
 * Per issue: the cold build as a whole process (wall time, CPU time, peak
 * RSS, the CLI's per-stage timings); the warm rebuild after a one-word edit
 * in one process (bench/warm.mjs); the same content through plain
 * `@react-pdf/renderer` (bench/plain-react-pdf.mjs), Blattwerk's own HTML of
 * the issue through Chromium's print-to-PDF (the HTML-to-PDF engine an
 * agency would otherwise use; when Chromium is installed), and through Typst
 * when it is on PATH. Cold builds and the others alternate, so all see the
 * same machine. The bench measures, it never asserts speed.
 *
 *   node bench/run.mjs [--quick] [--only seed,pages-10] [--runs n] [--edits n] [--out file] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copySeed, generatedIssues, root, writeIssue } from './generate.mjs';
import { extractContent, typstSource } from './content.mjs';

/** Typst's time on the seed-sized document, from issue 6 (Typst 0.14, PDF/UA-1, whole process, 2-core machine). */
const typstReference = { ms: 150, note: 'Typst 0.14 with PDF/UA-1, whole process, an equivalent document of the seed\'s size, from issue 6' };
const allIssues = ['seed', ...generatedIssues.map((spec) => spec.name)];
const smallIssues = new Set(['seed', 'pages-10', '3col-10']);
/** Preloaded into every timed Node.js: CPU time and peak memory. */
const probe = path.join(root, 'bench', 'resource-probe.cjs');
/**
 * The blattwerk command a user runs: bin/blattwerk (a shell script that starts Node.js from the snapshot
 * itself); on Windows, which has no POSIX shell for it, `node bin/blattwerk.js`.
 */
const command = process.platform === 'win32' ? undefined : path.join(root, 'bin', 'blattwerk');

const usage = 'usage: node bench/run.mjs [--quick] [--only seed,pages-10,…] [--runs n] [--edits n] [--out file] [--keep]\n';

let values;
try {
  ({ values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      edits: { type: 'string' },
      out: { type: 'string', default: path.join(root, 'bench', 'results', 'latest.json') },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${usage}  --quick   the seed and the 10-page issue, 3 runs, 2 edits (a smoke run)\n  --only    a comma-separated list of: ${allIssues.join(', ')}\n  --keep    keep the generated issues and outputs in the temporary folder\n`);
  process.exit(0);
}
const selected = values.only !== undefined ? values.only.split(',').map((name) => name.trim()) : values.quick ? ['seed', 'pages-10'] : allIssues;
const unknown = selected.filter((name) => !allIssues.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unexpected issue ${unknown.join(', ')}, expected one of ${allIssues.join(', ')}\n`);
  process.exit(2);
}
const count = (text, fallback) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: unexpected count ${text}, expected a whole number ≥ 1\n`);
    process.exit(2);
  }
  return n;
};
const runsOverride = count(values.runs, undefined);
const editsOverride = count(values.edits, undefined);
if (!existsSync(path.join(root, 'dist', 'src', 'pipeline.js'))) {
  process.stderr.write('bench: dist/ is missing, compile first: npx tsc -p .\n');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'blattwerk-bench-'));
const progress = (text) => process.stderr.write(`${text}\n`);
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  platform: `${os.platform()} ${os.release()}`,
  loadAtStart: os.loadavg()[0],
  commit: git(['rev-parse', '--short', 'HEAD']),
  treeModified: git(['status', '--porcelain', '--untracked-files=no']) !== '',
};
const typst = typstVersion();
const chromium = chromiumPath();

let failed = false;
const results = [];
try {
  for (const name of selected) {
    const small = smallIssues.has(name);
    // The seed decides the cold-build goals of issue 6: more runs, for a median that a busy minute moves less.
    const runs = runsOverride ?? (values.quick ? 3 : name === 'seed' ? 11 : small ? 5 : 3);
    const edits = editsOverride ?? (values.quick ? 2 : small ? 5 : 3);
    results.push(await benchIssue(name, runs, edits));
  }
} catch (error) {
  failed = true;
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
}
machine.loadAtEnd = os.loadavg()[0];

const report = { machine, typst: typst ?? { measured: false, reference: typstReference }, issues: results };
if (results.length > 0) {
  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(path.resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(report));
  progress(`\nbench: wrote ${path.relative(process.cwd(), path.resolve(values.out))}`);
}
if (values.keep) progress(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

// ------------------------------------------------------------------ measuring

async function benchIssue(name, runs, edits) {
  const issuesDir = path.join(work, 'issues');
  const issue = name === 'seed' ? copySeed(issuesDir) : writeIssue(issuesDir, name);
  const content = await extractContent(issue.dir);
  const contentFile = path.join(work, `${name}.content.json`);
  writeFileSync(contentFile, JSON.stringify(content));

  const cold = [];
  const coldModules = [];
  const coldViaNode = [];
  const plain = [];
  const chromiumRuns = [];
  for (let run = 1; run <= runs; run += 1) {
    progress(`${name}: cold build ${run}/${runs}`);
    cold.push(coldBuild(issue.dir));
    if (smallIssues.has(name)) {
      progress(`${name}: cold build without the start-up snapshot ${run}/${runs}`);
      coldModules.push(coldBuild(issue.dir, { BLATTWERK_SNAPSHOT: '0' }));
      if (command !== undefined) {
        progress(`${name}: cold build through node bin/blattwerk.js ${run}/${runs}`);
        coldViaNode.push(coldBuild(issue.dir, {}, { viaNode: true }));
      }
    }
    progress(`${name}: plain react-pdf ${run}/${runs}`);
    plain.push(plainRender(contentFile));
    if (chromium !== undefined) {
      progress(`${name}: chromium print-to-pdf ${run}/${runs}`);
      chromiumRuns.push(chromiumPrint(path.join(work, 'out-cold', path.basename(issue.dir), 'index.html')));
    }
  }
  progress(`${name}: warm rebuild, ${edits} edits`);
  const warm = warmRebuild(issue.dir, edits);
  let typstRuns;
  if (typst !== undefined) {
    const source = path.join(work, `${name}.typ`);
    writeFileSync(source, typstSource(content));
    typstRuns = [];
    for (let run = 1; run <= runs; run += 1) {
      progress(`${name}: typst ${run}/${runs}`);
      typstRuns.push(typstCompile(source));
    }
  }

  const stageNames = [...new Set(cold.flatMap((run) => run.timings.map((timing) => timing.stage)))];
  const pages = cold[0].pages;
  const coldWall = stats(cold.map((run) => run.wallMs));
  const coldCpu = stats(cold.map((run) => run.cpuMs));
  const plainWall = stats(plain.map((run) => run.wallMs));
  const plainCpu = stats(plain.map((run) => run.cpuMs));
  return {
    name,
    folder: path.basename(issue.dir),
    articles: issue.articles,
    words: content.words,
    pages,
    cold: {
      runs,
      wallMs: coldWall,
      cpuMs: coldCpu,
      peakRssMB: stats(cold.map((run) => run.maxRssKb / 1024)),
      pagesPerSecond: pages / (coldWall.median / 1000),
      stagesMs: Object.fromEntries(stageNames.map((stage) => [stage, stats(cold.map((run) => run.timings.find((t) => t.stage === stage)?.ms ?? 0))])),
      typesetting: cold[0].typesetting,
      startup: [...new Set(cold.map((run) => run.startup))].join(', '),
    },
    withoutSnapshot: coldModules.length === 0 ? undefined : {
      runs,
      wallMs: stats(coldModules.map((run) => run.wallMs)),
      cpuMs: stats(coldModules.map((run) => run.cpuMs)),
      peakRssMB: stats(coldModules.map((run) => run.maxRssKb / 1024)),
      stagesMs: Object.fromEntries(stageNames.map((stage) => [stage, stats(coldModules.map((run) => run.timings.find((t) => t.stage === stage)?.ms ?? 0))])),
      ratioWall: coldWall.median / stats(coldModules.map((run) => run.wallMs)).median,
    },
    viaNode: coldViaNode.length === 0 ? undefined : {
      runs,
      wallMs: stats(coldViaNode.map((run) => run.wallMs)),
      cpuMs: stats(coldViaNode.map((run) => run.cpuMs)),
      startup: [...new Set(coldViaNode.map((run) => run.startup))].join(', '),
      ratioWall: coldWall.median / stats(coldViaNode.map((run) => run.wallMs)).median,
    },
    warm: {
      edits,
      editedFile: warm.file,
      importMs: warm.importMs,
      firstBuildMs: warm.firstBuildMs,
      htmlWrittenMs: stats(warm.edits.map((edit) => edit.htmlMs)),
      pdfWrittenMs: stats(warm.edits.map((edit) => edit.pdfMs)),
      fullPassMs: stats(warm.edits.map((edit) => edit.fullPassMs)),
      fullPassStagesMs: Object.fromEntries(stageNames.map((stage) => [stage, stats(warm.edits.map((edit) => edit.fullPassTimings.find((t) => t.stage === stage)?.ms ?? 0))])),
      note: 'the pipeline writes HTML and PDF in one atomic step; "HTML written" ends the preview\'s first pass (HTML beside the last PDF), "PDF written" its second (whole issue)',
    },
    plain: {
      runs,
      pages: plain[0].pages,
      wallMs: plainWall,
      cpuMs: plainCpu,
      peakRssMB: stats(plain.map((run) => run.maxRssKb / 1024)),
      renderMs: stats(plain.map((run) => run.renderMs)),
      ratioWall: coldWall.median / plainWall.median,
      ratioCpu: coldCpu.median / plainCpu.median,
    },
    chromium: chromiumRuns.length === 0 ? undefined : {
      runs,
      pages: chromiumRuns[0].pages,
      wallMs: stats(chromiumRuns.map((run) => run.wallMs)),
      ratioWall: coldWall.median / stats(chromiumRuns.map((run) => run.wallMs)).median,
    },
    typst: typstRuns === undefined ? undefined : { runs, wallMs: stats(typstRuns.map((run) => run.wallMs)), ok: typstRuns.every((run) => run.ok), args: typstRuns[0].args },
  };
}

/** Runs node with the resource probe preloaded; returns wall time, CPU time, peak RSS and the output. */
function timeNode(args, env = {}) {
  return timeProcess(process.execPath, ['--require', probe, ...args], env);
}

/** Runs the blattwerk command as npm links it (bin/blattwerk, by its #! line), with the probe preloaded into its Node.js. */
function timeCommand(args, env = {}) {
  return timeProcess(command, args, { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${probe}`.trim() });
}

/** Runs a process whose Node.js loads the resource probe; returns wall time, CPU time, peak RSS and the output. */
function timeProcess(file, args, env) {
  const resourceFile = path.join(work, `resources-${process.pid}.json`);
  rmSync(resourceFile, { force: true });
  const start = performance.now();
  const child = spawnSync(file, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', BENCH_RESOURCE_FILE: resourceFile, ...env },
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`\`${path.basename(file)} ${args.join(' ')}\` exited with ${child.status ?? child.signal}:\n${child.stderr.slice(-4000)}${child.stdout.slice(-2000)}`);
  const resources = JSON.parse(readFileSync(resourceFile, 'utf8'));
  return { wallMs, cpuMs: resources.cpuMs, maxRssKb: resources.maxRssKb, stdout: child.stdout };
}

/**
 * A cold build as a whole process: the blattwerk command, or with `viaNode` `node bin/blattwerk.js`, the
 * launcher that starts a second Node.js from the snapshot (CPU time of both).
 */
function coldBuild(dir, env = {}, { viaNode = command === undefined } = {}) {
  const out = path.join(work, 'out-cold');
  const args = ['build', dir, '--out', out, '--json'];
  const run = viaNode ? timeNode([path.join(root, 'bin', 'blattwerk.js'), ...args], env) : timeCommand(args, env);
  const [built] = JSON.parse(run.stdout);
  if (!built.ok) throw new Error(`${dir} did not build`);
  return { ...run, pages: built.pages, timings: built.timings, typesetting: built.typesetting, startup: built.startup };
}

function plainRender(contentFile) {
  const run = timeNode([path.join(root, 'bench', 'plain-react-pdf.mjs'), contentFile, path.join(work, 'plain.pdf')]);
  return { ...run, ...JSON.parse(run.stdout) };
}

function warmRebuild(dir, edits) {
  const run = timeNode([path.join(root, 'bench', 'warm.mjs'), '--dir', dir, '--out', path.join(work, 'out-warm'), '--edits', String(edits)]);
  return JSON.parse(run.stdout);
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate));
}

/** Chromium prints Blattwerk's HTML of the issue to PDF, as a whole process, the way `chromium --print-to-pdf` is scripted. */
function chromiumPrint(htmlFile) {
  const pdf = path.join(work, 'chromium.pdf');
  rmSync(pdf, { force: true });
  const start = performance.now();
  const child = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0 || !existsSync(pdf)) throw new Error(`chromium --print-to-pdf failed: ${child.stderr.slice(-2000)}`);
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1] ?? Number.NaN);
  return { wallMs, pages };
}

function typstVersion() {
  const child = spawnSync('typst', ['--version'], { encoding: 'utf8' });
  return child.status === 0 ? { measured: true, version: child.stdout.trim() } : undefined;
}

function typstCompile(source) {
  const base = ['compile', '--root', '/', '--font-path', path.join(root, 'fonts'), source, path.join(work, 'typst.pdf')];
  for (const args of [['--pdf-standard', 'ua-1', ...base], base]) {
    const start = performance.now();
    const child = spawnSync('typst', args, { encoding: 'utf8' });
    const wallMs = performance.now() - start;
    if (child.status === 0) return { wallMs, ok: true, args: args.slice(0, -2).join(' ') };
    progress(`typst ${args.join(' ')} failed: ${child.stderr.trim().split('\n')[0]}`);
  }
  return { wallMs: Number.NaN, ok: false, args: '' };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples };
}

function git(args) {
  const child = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return child.status === 0 ? child.stdout.trim() : '';
}

// ------------------------------------------------------------------ reporting

function formatReport({ machine: m, typst: t, issues }) {
  const lines = [];
  const ms = (value) => (Number.isFinite(value) ? Math.round(value).toString() : '–');
  const range = (s) => `${ms(s.min)}–${ms(s.max)}`;
  const one = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  const two = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');
  lines.push(`Blattwerk benchmark · ${m.date} · Node ${m.node} · ${m.cores} cores (${m.cpu}, ${m.memoryGiB} GiB) · commit ${m.commit}${m.treeModified ? ' + uncommitted changes' : ''}`);
  lines.push(`Load average ${m.loadAtStart.toFixed(2)} at the start, ${m.loadAtEnd.toFixed(2)} at the end${m.loadAtStart > m.cores / 2 ? ': other processes were competing for the CPU, wall times are inflated (CPU times less so)' : ''}`);
  lines.push('');

  lines.push(`Cold build, whole process: ${command === undefined ? 'node bin/blattwerk.js' : 'bin/blattwerk (the blattwerk command)'} build <dir> --json (HTML and PDF)`);
  lines.push(table(
    ['issue', 'articles', 'words', 'pages', 'runs', 'wall ms', 'min–max', 'CPU ms', 'peak RSS MB', 'pages/s', 'started from'],
    issues.map((i) => [i.name, i.articles, i.words, i.pages, i.cold.runs, ms(i.cold.wallMs.median), range(i.cold.wallMs), ms(i.cold.cpuMs.median), ms(i.cold.peakRssMB.median), one(i.cold.pagesPerSecond), i.cold.startup]),
  ));
  if (issues.some((i) => i.cold.startup !== 'snapshot')) lines.push('  Not started from the snapshot: run `npm run bundle` to make it (dist/snapshot/).');
  lines.push('');

  if (issues.some((i) => i.viaNode !== undefined)) {
    lines.push('The same cold build through `node bin/blattwerk.js` (a first Node.js that starts the second from the snapshot, as on Windows), alternating with the runs above');
    lines.push(table(
      ['issue', 'runs', 'wall ms', 'CPU ms', 'started from', 'command / node bin/blattwerk.js'],
      issues.filter((i) => i.viaNode !== undefined).map((i) => [i.name, i.viaNode.runs, ms(i.viaNode.wallMs.median), ms(i.viaNode.cpuMs.median), i.viaNode.startup, `${two(i.viaNode.ratioWall)}×`]),
    ));
    lines.push('');
  }

  if (issues.some((i) => i.withoutSnapshot !== undefined)) {
    lines.push('The same cold build without the start-up snapshot (BLATTWERK_SNAPSHOT=0: the one-off bundle loads the modules, fonts and patterns), alternating with the runs above');
    lines.push(table(
      ['issue', 'runs', 'wall ms', 'CPU ms', 'peak RSS MB', 'parse ms', 'pdf ms', 'with snapshot / without'],
      issues.filter((i) => i.withoutSnapshot !== undefined).map((i) => [i.name, i.withoutSnapshot.runs, ms(i.withoutSnapshot.wallMs.median), ms(i.withoutSnapshot.cpuMs.median), ms(i.withoutSnapshot.peakRssMB.median), ms(i.withoutSnapshot.stagesMs.parse?.median), ms(i.withoutSnapshot.stagesMs.pdf?.median), `${two(i.withoutSnapshot.ratioWall)}×`]),
    ));
    lines.push('');
  }

  const stageNames = [...new Set(issues.flatMap((i) => Object.keys(i.cold.stagesMs)))];
  // A stage named "<stage> <part>" (e.g. "pdf layout") is a part of an earlier stage and not counted twice.
  const topLevel = stageNames.filter((stage) => !stageNames.some((other) => stage.startsWith(`${other} `)));
  lines.push('Stages of the cold build, median ms (the CLI\'s --json timings; "<stage> <part>" columns are parts of that stage)');
  lines.push(table(
    ['issue', ...stageNames, 'stages sum', 'start-up + rest', 'PDF pages/s'],
    issues.map((i) => {
      const sum = topLevel.reduce((total, stage) => total + (i.cold.stagesMs[stage]?.median ?? 0), 0);
      const pdf = i.cold.stagesMs.pdf?.median;
      return [i.name, ...stageNames.map((stage) => ms(i.cold.stagesMs[stage]?.median)), ms(sum), ms(i.cold.wallMs.median - sum), one(pdf ? i.pages / (pdf / 1000) : Number.NaN)];
    }),
  ));
  lines.push('');

  lines.push('Warm rebuild after a one-word edit, in one process (bench/warm.mjs, the preview\'s two passes), median ms');
  lines.push(table(
    ['issue', 'edits', 'start-up', 'first build', 'HTML written', 'PDF written', 'full pass'],
    issues.map((i) => [i.name, i.warm.edits, ms(i.warm.importMs), ms(i.warm.firstBuildMs), ms(i.warm.htmlWrittenMs.median), ms(i.warm.pdfWrittenMs.median), ms(i.warm.fullPassMs.median)]),
  ));
  lines.push('  HTML and PDF are written in one atomic step: "HTML written" ends the first pass (new HTML beside the last PDF), "PDF written" the second (whole issue).');
  lines.push('');
  lines.push('Stages of the warm full pass, median ms');
  lines.push(table(
    ['issue', ...stageNames],
    issues.map((i) => [i.name, ...stageNames.map((stage) => ms(i.warm.fullPassStagesMs[stage]?.median))]),
  ));
  lines.push('');

  lines.push('Plain @react-pdf/renderer, same content: one column, untagged, PDF only, same fonts and German hyphenation (whole process)');
  lines.push(table(
    ['issue', 'runs', 'pages', 'wall ms', 'CPU ms', 'peak RSS MB', 'Blattwerk/plain wall', 'Blattwerk/plain CPU'],
    issues.map((i) => [i.name, i.plain.runs, i.plain.pages, ms(i.plain.wallMs.median), ms(i.plain.cpuMs.median), ms(i.plain.peakRssMB.median), `${two(i.plain.ratioWall)}×`, `${two(i.plain.ratioCpu)}×`]),
  ));
  lines.push('');

  if (issues.some((i) => i.chromium !== undefined)) {
    lines.push('Chromium print-to-PDF of Blattwerk\'s own HTML of the issue (chromium --headless --print-to-pdf, whole process; the HTML is given, not timed; one column, no hyphenation)');
    lines.push(table(
      ['issue', 'runs', 'pages', 'wall ms', 'Blattwerk/Chromium wall'],
      issues.filter((i) => i.chromium !== undefined).map((i) => [i.name, i.chromium.runs, i.chromium.pages, ms(i.chromium.wallMs.median), `${two(i.chromium.ratioWall)}×`]),
    ));
  } else {
    lines.push('Chromium: not installed (set CHROMIUM_PATH), not measured.');
  }
  lines.push('');

  if (t.measured) {
    lines.push(`Typst (${t.version}), same content, two columns, whole process`);
    lines.push(table(
      ['issue', 'runs', 'wall ms', 'Blattwerk/Typst', 'flags'],
      issues.map((i) => [i.name, i.typst.runs, ms(i.typst.wallMs.median), `${two(i.cold.wallMs.median / i.typst.wallMs.median)}×`, i.typst.args.replace(/^compile\s*/, '') || 'failed']),
    ));
  } else {
    lines.push(`Typst: not on PATH. Reference, not measured here: ${typstReference.ms} ms (${typstReference.note}).`);
  }
  lines.push('');
  lines.push(goals(issues, t).join('\n'));
  return `${lines.join('\n')}\n`;
}

function goals(issues, t) {
  const by = new Map(issues.map((i) => [i.name, i]));
  const rows = [];
  const row = (goal, value, met) => rows.push([goal, value, met ? 'met' : 'not met']);
  const seed = by.get('seed');
  if (seed) {
    row('seed: cold build ≤ 600 ms', `${Math.round(seed.cold.wallMs.median)} ms (CPU ${Math.round(seed.cold.cpuMs.median)} ms)`, seed.cold.wallMs.median <= 600);
    const typstMs = t.measured ? seed.typst?.wallMs.median : typstReference.ms;
    const ratio = seed.cold.wallMs.median / typstMs;
    row('seed: cold build ≤ 4× Typst', `${ratio.toFixed(1)}× ${t.measured ? 'Typst measured here' : `the reference ${typstReference.ms} ms, not measured here`}`, ratio <= 4);
    row('seed: warm, HTML written ≤ 100 ms', `${Math.round(seed.warm.htmlWrittenMs.median)} ms`, seed.warm.htmlWrittenMs.median <= 100);
    row('seed: warm, PDF written ≤ 300 ms', `${Math.round(seed.warm.pdfWrittenMs.median)} ms`, seed.warm.pdfWrittenMs.median <= 300);
  }
  for (const name of ['pages-100', '3col-60']) {
    const issue = by.get(name);
    if (!issue) continue;
    row(`${name}: cold build ≤ 10 s`, `${(issue.cold.wallMs.median / 1000).toFixed(1)} s for ${issue.pages} pages (CPU ${(issue.cold.cpuMs.median / 1000).toFixed(1)} s)`, issue.cold.wallMs.median <= 10_000);
    row(`${name}: peak RSS ≤ 1 GiB`, `${Math.round(issue.cold.peakRssMB.median)} MB`, issue.cold.peakRssMB.median <= 1024);
  }
  const [small, large] = [by.get('3col-10'), by.get('3col-60')];
  if (small && large) {
    const wall = large.cold.wallMs.median / small.cold.wallMs.median;
    const cpu = large.cold.cpuMs.median / small.cold.cpuMs.median;
    row('3col-60 ≤ 7.2× 3col-10 (6× the articles)', `${wall.toFixed(2)}× wall, ${cpu.toFixed(2)}× CPU`, wall <= 7.2);
  }
  return ['Goals of issue 6 (medians; wall time decides)', table(['goal', 'measured', 'status'], rows)];
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const numeric = headers.map((_, column) => rows.every((row) => /^[\d.–×-]+$|^–$/.test(String(row[column]))));
  const format = (row) => `  ${row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ')}`.trimEnd();
  return [format(cells[0]), format(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(format)].join('\n');
}
