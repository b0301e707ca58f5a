/**
 * The accessibility panel's checks, run in the background after each good
 * build: the PDF/UA checks on the PDF and the HTML checks (pa11y with both
 * runners, axe-core, the keyboard walk) on index.html, in one Chromium kept
 * open for the whole session. A build never waits for them; a newer build
 * makes the running results stale, and only the newest are shown.
 */
import path from 'node:path';
import type { Issue } from '../model/types.js';
import type { HtmlCheckerStart, HtmlFinding } from '../check/html/index.js';
import type { PdfFinding } from '../check/pdf/index.js';
import type { ChecksState, Finding } from './state.js';
import { serialTask } from './serial-task.js';

/** Background checks of a preview. */
export interface AccessibilityChecks {
  /** Checks the outputs in `written` (made by build `build` from `issue`), once the builds have settled. */
  request(written: string, issue: Issue | undefined, build: number): void;
  /** Closes the browser; a check still running is dropped. */
  close(): Promise<void>;
}

/** Where the checks report. */
export interface AccessibilityOptions {
  onUpdate(state: ChecksState): void;
  /** Milliseconds without a new build before the checks start (default 1000). */
  quietMs?: number | undefined;
}

/** Creates the checks of one preview session. */
export function createAccessibilityChecks(options: AccessibilityOptions): AccessibilityChecks {
  let job: { written: string; issue: Issue; build: number } | undefined;
  let checker: Promise<HtmlCheckerStart> | undefined;
  let closing = false;
  let last: ChecksState = { status: 'waiting', build: undefined, findings: [], note: undefined };
  const update = (next: ChecksState) => {
    last = next;
    if (!closing) options.onUpdate(next);
  };

  const task = serialTask(async (stale) => {
    await new Promise((resolve) => setTimeout(resolve, options.quietMs ?? 1000));
    if (stale() || closing || job === undefined) return;
    const { written, issue, build } = job;
    update({ ...last, status: 'running' });
    const { checkPdf } = await import('../check/pdf/index.js');
    checker ??= keepSignals(() => import('../check/html/index.js').then(({ openHtmlChecker }) => openHtmlChecker()));
    const start = await checker;
    const [pdf, html] = await Promise.all([
      checkPdf(path.join(written, `${issue.slug}.pdf`)),
      start.ok ? start.checker.check(path.join(written, 'index.html'), { issue }) : undefined,
    ]);
    if (stale() || closing) return;
    update({
      status: 'done',
      build,
      findings: [...pdf.findings.map(fromPdf), ...(html?.findings.map(fromHtml) ?? [])],
      note: start.ok ? undefined : `The HTML checks did not run: ${start.problem}`,
    });
  }, (error) => update({ ...last, status: 'failed', note: `The checks stopped: ${(error as Error).message.split('\n')[0]}` }));

  return {
    request(written, issue, build) {
      if (issue === undefined || closing) return;
      job = { written, issue, build };
      task.request();
    },
    async close() {
      closing = true;
      const start = await checker;
      if (start?.ok) await start.checker.close().catch(() => undefined);
    },
  };
}

function fromPdf(finding: PdfFinding): Finding {
  return {
    checker: 'pdf',
    severity: finding.severity === 'warning' ? 'warning' : 'error',
    rule: `${finding.checkpoint} ${finding.rule}`,
    message: finding.element ? `${finding.element}: ${finding.message}` : finding.message,
    file: undefined, line: undefined, column: undefined, selector: undefined,
    page: finding.page,
  };
}

function fromHtml(finding: HtmlFinding): Finding {
  const place = finding.source === undefined ? undefined : /^(.*?)(?::(\d+):(\d+))?$/.exec(finding.source);
  return {
    checker: finding.runner,
    severity: 'error',
    rule: finding.rule,
    message: finding.element ? `${finding.message} (${finding.element})` : finding.message,
    file: place?.[1],
    line: place?.[2] === undefined ? undefined : Number(place[2]),
    column: place?.[3] === undefined ? undefined : Number(place[3]),
    selector: finding.selector || undefined,
    page: undefined,
  };
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `start` and removes the signal handlers it installed. Puppeteer
 * handles Ctrl-C by killing its browser and exiting at once (code 130);
 * the preview handles Ctrl-C itself, closing the browser among the rest.
 */
async function keepSignals<T>(start: () => Promise<T>): Promise<T> {
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return await start();
  } finally {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener as (...args: unknown[]) => void);
      }
    }
  }
}
