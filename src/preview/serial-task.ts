/**
 * A task that never runs twice at once: a request while it runs is kept
 * (however many arrive) and starts exactly one more run after it, so the
 * last request is never lost and no two runs overlap.
 */

/** A serial task and its state. */
export interface SerialTask {
  /** Asks for a run: now when idle, after the current run otherwise. */
  request(): void;
  /** True while a run is going or one is queued. */
  readonly busy: boolean;
  /** Resolves when no run is going or queued. */
  idle(): Promise<void>;
}

/** Wraps `run`; it receives `stale()`, true once a newer request has come in during the run. */
export function serialTask(run: (stale: () => boolean) => Promise<void>, onError: (error: unknown) => void): SerialTask {
  let running = false;
  let queued = false;
  let waiters: (() => void)[] = [];

  const loop = async (): Promise<void> => {
    running = true;
    while (queued) {
      queued = false;
      try {
        await run(() => queued);
      } catch (error) {
        onError(error);
      }
    }
    running = false;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  return {
    request() {
      queued = true;
      if (!running) void loop();
    },
    get busy() {
      return running || queued;
    },
    idle() {
      return running || queued ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
  };
}
