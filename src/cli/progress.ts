/**
 * Progress of a build's long steps (laying out the articles, drawing the
 * pages), between the one-line-per-stage report. A step says how far it is
 * as often as it likes; the reporter shows it only once the step has run
 * for a second (a newsletter builds in less, and prints nothing more than
 * before): on a terminal as one line that updates in place ten times a
 * second at most, in a log as a plain line every two seconds. `always`
 * (the `--progress` option) shows every step from its start, in plain lines
 * on a log at most every 200 ms.
 */

/** Where progress goes: a terminal or a log. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Reports progress; `clear` takes a live line away before other output. */
export interface ProgressReporter {
  step(step: string, done: number, total: number, unit: string): void;
  clear(): void;
}

export interface ProgressOptions {
  /** Show every step from its start. */
  always?: boolean;
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number;
}

/** How long a step runs before its progress is shown, and how often it is shown then (ms). */
const quietFor = 1000;
const everyOnTerminal = 100;
const everyInLog = 2000;
const everyInLogAlways = 200;

export function progressReporter(stream: ProgressStream, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const live = stream.isTTY === true;
  const wait = options.always === true ? 0 : quietFor;
  const every = live ? everyOnTerminal : options.always === true ? everyInLogAlways : everyInLog;
  let current: string | undefined;
  let startedAt = 0;
  let shownAt = -Infinity;
  let showing = false;
  return {
    step(step, done, total, unit) {
      const time = now();
      if (step !== current) {
        current = step;
        startedAt = time;
        shownAt = -Infinity;
      }
      if (time - startedAt < wait || time - shownAt < every) return;
      shownAt = time;
      const text = `    ${step.padEnd(7)} ${String(done).padStart(String(total).length)}/${total} ${unit}`;
      if (live) {
        stream.write(`\r\u001b[2K${text}`);
        showing = true;
      } else {
        stream.write(`${text}\n`);
      }
    },
    clear() {
      if (showing) stream.write('\r\u001b[2K');
      showing = false;
      current = undefined;
    },
  };
}
