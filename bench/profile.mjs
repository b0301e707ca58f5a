/**
 * Summarises V8 CPU profiles (.cpuprofile) as Markdown: the top functions by
 * self time, the self time per package and per group of packages, and the
 * inclusive time of Blattwerk's own functions (which splits the "pdf" stage
 * into galleys, make-up and rendering).
 *
 *   node bench/profile.mjs <file.cpuprofile> [--title text] [--top 15]
 *   node bench/profile.mjs --record [--out bench/profile-summary.md] [--top 15]
 *
 * `--record` profiles a cold build of the seed issue (`node --cpu-prof` on
 * the CLI) and a warm rebuild after one-word edits (bench/warm.mjs, profiling
 * the rebuilds only), and writes both summaries to one file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

/** Package groups for the summary: a group is named by what it does in Blattwerk's build. */
const groups = [
  ['react-pdf layout + textkit', /^@react-pdf\/(layout|textkit|hyphenate|stylesheet|primitives|fns|image)$|^(bidi-js|emoji-regex-xs|queue)$/],
  ['react-pdf render + paginate', /^@react-pdf\/(render|paginate)$|^(color-string|.*svg.*)$/],
  ['react-pdf font', /^@react-pdf\/font$/],
  ['fontkit (+ restructure, unicode-*)', /^(fontkit|restructure|unicode-properties|unicode-trie|brotli|tiny-inflate|dfa|clone|fast-deep-equal|@swc\/helpers)$/],
  ['pdfkit (+ fflate, png-js, linebreak)', /^(pdfkit|fflate|png-js|linebreak|@noble\/.*)$/],
  ['yoga-layout', /^yoga-layout/],
  ['react, react-dom', /^(react|react-dom|react-reconciler|scheduler)$/],
  ['unified / remark / micromark / mdast', /^(unified|remark-.*|micromark.*|mdast-.*|unist-.*|vfile.*|decode-named-character-reference|character-entities.*|bail|trough|devlop|ccount|markdown-table|longest-streak|zwitch|is-plain-obj|extend)$/],
  ['hyphen (patterns)', /^hyphen$/],
  ['yaml', /^yaml$/],
  ['Blattwerk src/', /^src\//],
  ['Blattwerk templates/', /^templates$/],
  ['bench harness', /^bench$/],
  ['node internals', /^node internals$/],
  ['V8: garbage collector', /^\(garbage collector\)$/],
  ['V8: program (native, compile, idle-free)', /^\(program\)$/],
];

/** The package (or Blattwerk folder) a call frame belongs to. */
export function packageOf(frame) {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  if (url.startsWith('wasm://')) return 'yoga-layout (wasm)';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] === 'dist' && relative[1] === 'src') return ['src', ...relative.slice(2, -1)].join('/').replace(/^src$/, 'src/pipeline');
  if (relative[0] === 'dist' && relative[1] === 'templates') return 'templates';
  if (relative[0] === 'bench') return 'bench';
  return 'other';
}

/**
 * Build phases, by the innermost Blattwerk function on a sample's stack.
 * React-PDF lays out in async steps whose continuations have no Blattwerk
 * frame on the stack: a sample in React-PDF's layout packages belongs to the
 * galley step (layoutGalleys or relieveHyphenRuns) seen last. Any other
 * sample without a Blattwerk frame (the garbage collector, native code)
 * belongs to the phase of the sample before it.
 */
const phases = [
  ['start-up: load modules, templates, fonts manifest', ['loadTemplates', 'pdfRendererFor', 'newsletterTemplates']],
  ['parse: issue.yaml, Markdown', ['parseIssueConfig', 'readArticles', 'parseArticle']],
  ['model: model, rules, images', ['buildArticle', 'buildIssue', 'checkIssue', 'resolveImages']],
  ['pdf: set-up (elements, hashes, font store)', ['renderPdf', 'layoutPdf', 'fontStoreFor', 'hasherFor']],
  ['pdf: galleys, React → instances', ['toInstances', 'markInlineRuns']],
  ['pdf: galleys, layout (yoga, textkit)', ['layoutGalleys']],
  ['pdf: galleys, relayout of hyphen runs', ['relieveHyphenRuns']],
  ['pdf: make-up (columns, pages)', ['makeUp', 'galleyFlow']],
  ['pdf: tagged render + PDF file', ['writePdf']],
  ['html: render', ['renderHtml']],
  ['write: output files', ['writeOutput']],
];
const phaseOfFunction = new Map(phases.flatMap(([phase, names]) => names.map((name) => [name, phase])));
const galleySteps = new Set(['layoutGalleys', 'relieveHyphenRuns']);
const layoutPackages = /^(@react-pdf\/(layout|textkit|stylesheet|font|image|hyphenate)|yoga-layout.*)$/;

/** Busy and idle time per build phase, in the order the phases first ran. */
export function phaseTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const facts = new Map();
  const factsOf = (id) => {
    let found = facts.get(id);
    if (found !== undefined) return found;
    found = { phase: undefined, galleyStep: undefined, inLayout: false };
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      const pkg = packageOf(frame);
      if (pkg.startsWith('src/') || pkg === 'templates') {
        found.phase ??= phaseOfFunction.get(frame.functionName);
        if (galleySteps.has(frame.functionName)) found.galleyStep ??= phaseOfFunction.get(frame.functionName);
      } else if (layoutPackages.test(pkg)) found.inLayout = true;
    }
    facts.set(id, found);
    return found;
  };
  const times = new Map();
  let current = phases[0][0];
  let galleyStep = phaseOfFunction.get('layoutGalleys');
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const sample = factsOf(id);
    galleyStep = sample.galleyStep ?? galleyStep;
    current = sample.phase ?? (sample.inLayout ? galleyStep : current);
    const entry = times.get(current) ?? { busy: 0, idle: 0 };
    if (nodes.get(id).callFrame.functionName === '(idle)') entry.idle += ms;
    else entry.busy += ms;
    times.set(current, entry);
  });
  return new Map(phases.map(([phase]) => [phase, times.get(phase) ?? { busy: 0, idle: 0 }]));
}

function groupOf(pkg) {
  return groups.find(([, pattern]) => pattern.test(pkg))?.[0] ?? (pkg === '(idle)' || pkg === '(root)' ? 'idle' : `other (${pkg})`);
}

/** Self and inclusive times of one profile, in milliseconds. */
export function analyse(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const deltas = profile.timeDeltas;
  // A sample's time is the gap to the next sample (as Chrome's DevTools count it).
  profile.samples.forEach((id, index) => {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + ms);
  });
  const key = (frame) => `${frame.functionName || '(anonymous)'}\u0000${frame.url}\u0000${frame.lineNumber}`;
  const functions = new Map();
  const inclusive = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, ms] of self) {
    const node = nodes.get(id);
    total += ms;
    if (node.callFrame.functionName === '(idle)') idle += ms;
    const entry = functions.get(key(node.callFrame)) ?? { frame: node.callFrame, pkg: packageOf(node.callFrame), self: 0 };
    entry.self += ms;
    functions.set(key(node.callFrame), entry);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = key(nodes.get(at).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  for (const [k, entry] of functions) entry.inclusive = inclusive.get(k) ?? entry.self;
  const ownFrames = new Map();
  for (const node of profile.nodes) {
    const pkg = packageOf(node.callFrame);
    if (pkg.startsWith('src/') || pkg === 'templates') ownFrames.set(key(node.callFrame), { frame: node.callFrame, pkg, inclusive: inclusive.get(key(node.callFrame)) ?? 0 });
  }
  const byPackage = new Map();
  for (const entry of functions.values()) byPackage.set(entry.pkg, (byPackage.get(entry.pkg) ?? 0) + entry.self);
  return { total, idle, functions: [...functions.values()], byPackage, own: [...ownFrames.values()] };
}

/** The Markdown summary of one profile. */
export function summarise(profile, { title, top = 15 }) {
  const { total, idle, functions, byPackage, own } = analyse(profile);
  const busy = total - idle;
  const pct = (ms) => `${((100 * ms) / busy).toFixed(1)} %`;
  const ms = (value) => value.toFixed(0);
  const where = (frame) => {
    if (frame.url === '') return '';
    const file = frame.url.startsWith('file://') ? decodeURIComponent(new URL(frame.url).pathname) : frame.url;
    const shown = file.includes('/node_modules/') ? file.slice(file.lastIndexOf('/node_modules/') + 14) : path.relative(root, file);
    return `${shown}:${frame.lineNumber + 1}`;
  };
  const name = (frame) => `\`${(frame.functionName || '(anonymous)').replace(/`/g, '')}\``;
  const lines = [`### ${title}`, '', `Sampled ${ms(total)} ms, of which ${ms(idle)} ms idle (waiting for I/O); shares below are of the ${ms(busy)} ms busy.`, ''];

  lines.push('Time per build phase (by the Blattwerk function on the stack; React-PDF\'s async layout steps count to the galley step that started them, GC and native code to the phase before them):', '', '| phase | busy ms | share | idle ms |', '| --- | ---: | ---: | ---: |');
  for (const [phase, { busy: phaseBusy, idle: phaseIdle }] of phaseTimes(profile)) lines.push(`| ${phase} | ${ms(phaseBusy)} | ${pct(phaseBusy)} | ${ms(phaseIdle)} |`);
  lines.push('');

  lines.push(`Top ${top} functions by self time:`, '', '| # | self ms | share | function | package | where |', '| ---: | ---: | ---: | --- | --- | --- |');
  functions.filter((entry) => entry.frame.functionName !== '(idle)').sort((a, b) => b.self - a.self).slice(0, top).forEach((entry, index) => {
    lines.push(`| ${index + 1} | ${ms(entry.self)} | ${pct(entry.self)} | ${name(entry.frame)} | ${entry.pkg} | ${where(entry.frame)} |`);
  });

  const grouped = new Map();
  for (const [pkg, value] of byPackage) if (pkg !== '(idle)') grouped.set(groupOf(pkg), (grouped.get(groupOf(pkg)) ?? 0) + value);
  lines.push('', 'Self time per group of packages:', '', '| group | self ms | share |', '| --- | ---: | ---: |');
  const small = [...grouped].filter(([, value]) => value / busy < 0.001);
  for (const [group, value] of [...grouped].filter(([, value]) => value / busy >= 0.001).sort((a, b) => b[1] - a[1])) lines.push(`| ${group} | ${ms(value)} | ${pct(value)} |`);
  if (small.length > 0) lines.push(`| ${small.length} more under 0.1 % | ${ms(small.reduce((sum, [, value]) => sum + value, 0))} | |`);

  lines.push('', 'Self time per package (≥ 0.5 %):', '', '| package | self ms | share |', '| --- | ---: | ---: |');
  for (const [pkg, value] of [...byPackage].filter(([pkg, value]) => pkg !== '(idle)' && value / busy >= 0.005).sort((a, b) => b[1] - a[1])) {
    lines.push(`| ${pkg} | ${ms(value)} | ${pct(value)} |`);
  }

  lines.push('', `Blattwerk's own functions by inclusive time (top ${top}; nested calls overlap; an async function counts only while it is on the stack, not while it awaits):`, '', '| inclusive ms | share | function | where |', '| ---: | ---: | --- | --- |');
  for (const entry of own.sort((a, b) => b.inclusive - a.inclusive).slice(0, top)) {
    lines.push(`| ${ms(entry.inclusive)} | ${pct(entry.inclusive)} | ${name(entry.frame)} | ${where(entry.frame)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function record(top, interval) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'blattwerk-profile-'));
  try {
    // The cold build loads its modules from dist/src/ (BLATTWERK_SNAPSHOT=0, BLATTWERK_BUNDLE=0): from the
    // snapshot or the bundle its code is one or a few scripts, and the profile could not say which package a
    // function is from.
    const run = (args) => {
      const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BLATTWERK_SNAPSHOT: '0', BLATTWERK_BUNDLE: '0' } });
      if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${child.stderr}`);
      return child.stdout;
    };
    const profiles = path.join(work, 'cold');
    run(['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', String(interval), 'bin/blattwerk.js', 'build', 'issues/2018-herbst', '--out', path.join(work, 'out'), '-q']);
    const coldFile = path.join(profiles, readdirSync(profiles).find((file) => file.endsWith('.cpuprofile')));
    cpSync(path.join(root, 'issues', '2018-herbst'), path.join(work, '2018-herbst'), { recursive: true });
    const warmFile = path.join(work, 'warm.cpuprofile');
    const warm = JSON.parse(run(['bench/warm.mjs', '--dir', path.join(work, '2018-herbst'), '--out', path.join(work, 'out'), '--edits', '5', '--cpu-prof', warmFile]));
    const intro = [
      '# Where the time goes: CPU profiles of the seed issue',
      '',
      `Recorded ${new Date().toISOString()} with \`node bench/profile.mjs --record\` (Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}, sampling every ${interval} µs).`,
      'Self time is spent in the function itself; a package\'s share is the sum of its functions\' self time.',
      '',
    ];
    return [
      ...intro,
      summarise(JSON.parse(readFileSync(coldFile, 'utf8')), { title: 'Cold build, whole process, loading the modules (without the start-up snapshot or the bundle): `BLATTWERK_SNAPSHOT=0 BLATTWERK_BUNDLE=0 node --cpu-prof bin/blattwerk.js build issues/2018-herbst`', top }),
      summarise(JSON.parse(readFileSync(warmFile, 'utf8')), { title: `Warm rebuild: ${warm.edits.length} one-word edits of \`${warm.file}\`, each built in two passes (HTML beside the last PDF, then the whole issue), one process after a first build`, top }),
    ].join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      record: { type: 'boolean', default: false },
      out: { type: 'string' },
      title: { type: 'string' },
      top: { type: 'string', default: '15' },
      interval: { type: 'string', default: '250' },
    },
  });
  const top = Number(values.top);
  let text;
  if (values.record) text = record(top, Number(values.interval));
  else if (positionals.length > 0) text = positionals.map((file) => summarise(JSON.parse(readFileSync(file, 'utf8')), { title: values.title ?? path.basename(file), top })).join('\n');
  else {
    process.stderr.write('usage: node bench/profile.mjs <file.cpuprofile> [--title text] [--top 15]\n       node bench/profile.mjs --record [--out bench/profile-summary.md]\n');
    process.exit(2);
  }
  if (values.out !== undefined) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
