/**
 * How this process started: from the start-up snapshot (`build` on a machine
 * where `npm run bundle` made one, see snapshot.ts), or by loading the
 * engine's modules. `build --json` reports it, so the benchmark and the tests
 * can tell which path they timed.
 */
export type Startup = 'snapshot' | 'modules';

let startup: Startup = 'modules';

/** The way this process started. */
export function startedFrom(): Startup {
  return startup;
}

/** Called once by the snapshot's main function. */
export function markSnapshotStart(): void {
  startup = 'snapshot';
}
