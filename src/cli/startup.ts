/**
 * How this process started: from the start-up snapshot (`build` on a machine
 * where `npm run bundle` made one, see snapshot.ts), or by loading the
 * engine's modules. `build --json` reports it, so the benchmark and the tests
 * can tell which path they timed.
 */
export type Startup = 'snapshot' | 'modules';

let startup: Startup = 'modules';
/** The process id of the launcher (bin/blattwerk.js) that started this one from the snapshot, if one did. */
let launcher: number | undefined;

/** The way this process started. */
export function startedFrom(): Startup {
  return startup;
}

/**
 * Called once by the snapshot's main function. Its parent is the launcher when
 * bin/blattwerk.js started it (and said so in BLATTWERK_LAUNCHER); bin/blattwerk,
 * the shell script, replaces itself with this process, which then is the command.
 */
export function markSnapshotStart(): void {
  startup = 'snapshot';
  if (process.env.BLATTWERK_LAUNCHER === String(process.ppid)) launcher = process.ppid;
  delete process.env.BLATTWERK_LAUNCHER;
}

/**
 * True when this build was started from the snapshot by bin/blattwerk.js and that launcher is
 * gone (killed, even with SIGKILL, which it cannot pass on): the process has
 * been handed to another parent. A build asks before each stage and stops,
 * so it never writes after the command that started it has ended. (On
 * Windows a process keeps its parent's id; there this stays false.)
 */
export function orphaned(): boolean {
  return launcher !== undefined && process.ppid !== launcher;
}
