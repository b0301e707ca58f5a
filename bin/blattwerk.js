#!/usr/bin/env node
// The CLI's entry on every system, as `node bin/blattwerk.js` (the way on Windows, which has no POSIX shell
// for the command): a thin entry that starts the compiled CLI in the fastest way this machine has. The
// `blattwerk` command (package.json's bin) is bin/blattwerk, a shell script that starts `build` from the
// snapshot itself where a few tests tell it fits, one Node.js start sooner, and hands everything else here.
// - `build` starts a second Node.js from the start-up snapshot (dist/snapshot/, made by `npm run bundle`;
//   see src/cli/snapshot.ts), where the engine, fonts and hyphenation patterns are already loaded, when
//   the snapshot was made by this Node.js, in this folder, after the last compile. BLATTWERK_SNAPSHOT=0
//   turns it off; --debug, --help and Node.js options other than profiling and --require (on the command
//   line or in NODE_OPTIONS) leave it out too (V8 refuses a snapshot made with other options).
// - Other one-off commands use the bundle (dist/bundle/; it starts faster) unless it is older than the
//   compiled sources or BLATTWERK_BUNDLE=0; the preview runs from dist/src/ directly, since it reloads
//   templates that import the engine by path.
// - One-off commands run with the V8 options in v8-options.js.
// React runs its production build.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { oneOffV8Options } from './v8-options.js';

process.env.NODE_ENV ??= 'production';
const args = process.argv.slice(2);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Node.js options that leave V8's configuration as the snapshot was made (any other one would make V8 refuse it). */
const neutralOption = /^--(cpu-prof|heap-prof|no-warnings|enable-source-maps|require=)/;

/** True when every option Node.js was started with is neutral (`--require file` preloads into the second Node.js as well). */
function neutralOptions(options) {
  for (let i = 0; i < options.length; i += 1) {
    if (options[i] === '--require' || options[i] === '-r') i += 1;
    else if (!neutralOption.test(options[i])) return false;
  }
  return true;
}

/** The snapshot to start `build` from, or undefined where it does not apply or does not fit. */
function snapshotFor() {
  if (args[0] !== 'build' || args.some((arg) => ['--debug', '--help', '-h'].includes(arg)) || process.env.BLATTWERK_SNAPSHOT === '0') return undefined;
  const fromEnvironment = (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  if (!neutralOptions(fromEnvironment) || !neutralOptions(process.execArgv)) return undefined;
  const blob = new URL('../dist/snapshot/blattwerk.blob', import.meta.url);
  let made;
  try {
    made = JSON.parse(readFileSync(new URL('../dist/snapshot/snapshot.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const fits = made.node === process.version && made.arch === process.arch && made.platform === process.platform && made.root === root;
  const file = statSync(blob, { throwIfNoEntry: false });
  const options = Array.isArray(made.v8Options) ? made.v8Options : [];
  return fits && file?.size === made.bytes && file.mtimeMs >= modified(compiled) ? { blob: fileURLToPath(blob), options } : undefined;
}

/** Runs the CLI in this process. */
async function inProcess() {
  // One-off commands optimise later, as the snapshot's builds do (see v8-options.js).
  if (args[0] !== 'preview') for (const option of oneOffV8Options) setFlagsFromString(option);
  // --debug shows stacks of internal errors: point them at the TypeScript sources, not the bundle.
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  // BLATTWERK_BUNDLE=0 loads dist/src/ even so, for CPU profiles that tell the packages apart (bench/profile.mjs).
  const fresh = args[0] !== 'preview' && process.env.BLATTWERK_BUNDLE !== '0' && modified(bundle) >= modified(compiled);
  const { main } = await import((fresh ? bundle : compiled).href);
  process.exitCode = await main(args);
}

/** Node.js's exit code when it refuses a start-up snapshot (Blattwerk itself exits 0, 1 or 2). */
const snapshotRefused = 14;
/** How a Node.js ends that cannot read its snapshot at all (a damaged file): it crashes. */
const crashes = new Set(['SIGSEGV', 'SIGABRT', 'SIGBUS', 'SIGILL']);

const snapshot = snapshotFor();
if (snapshot === undefined) {
  await inProcess();
} else {
  // The V8 options the snapshot was made with (see scripts/build-snapshot.mjs). `--` keeps the CLI's
  // arguments (`--version`, `-h`) away from Node's own option parser.
  // BLATTWERK_LAUNCHER tells the build that this process is its launcher, whose end it watches (src/cli/startup.ts).
  const env = { ...process.env, BLATTWERK_LAUNCHER: String(process.pid) };
  const child = spawn(process.execPath, [...process.execArgv, ...snapshot.options, '--snapshot-blob', snapshot.blob, '--', ...args], { stdio: 'inherit', env });
  // Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('error', async () => {
    await inProcess();
  });
  child.on('exit', async (code, signal) => {
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(name, forward);
    if (code === snapshotRefused || crashes.has(signal)) {
      process.stderr.write(`blattwerk: cannot start from the start-up snapshot in dist/snapshot/ (${signal ?? `exit code ${code}`}); building without it. \`npm run bundle\` makes it again.\n`);
      await inProcess();
    } else if (signal !== null) {
      process.kill(process.pid, signal);
    } else {
      process.exitCode = code ?? 2;
    }
  });
}
