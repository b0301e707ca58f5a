/**
 * The fuzzer's build worker: runs the real pipeline (HTML and PDF) on the
 * issue folder it is sent, in a worker thread, so that the test can stop a
 * build that hangs (a worker can be terminated even inside an endless loop).
 * Bundled from the sources by esbuild when the fuzz test starts.
 */
import { parentPort } from 'node:worker_threads';
import { build } from '../../src/pipeline.js';
import { messageData, type MessageData } from '../../src/diagnostics/reporter.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { newsletterTemplates } from '../../templates/index.js';

/** A build the test asks for. */
export interface BuildJob { id: number; dir: string; cwd: string; outDir: string }

/** What the worker answers: the messages, or the stack of what was thrown. */
export type BuildReply =
  | { id: number; threw: undefined; ok: boolean; messages: Omit<MessageData, 'frame'>[]; ms: number }
  | { id: number; threw: string; ok: false; messages: []; ms: number };

const templates = newsletterTemplates();
const port = parentPort!;
let current: number | undefined;

const report = (error: unknown) => {
  const threw = error instanceof Error ? error.stack ?? error.message : String(error);
  port.postMessage({ id: current ?? -1, threw: `uncaught: ${threw}`, ok: false, messages: [], ms: 0 } satisfies BuildReply);
};
process.on('uncaughtException', report);
process.on('unhandledRejection', report);

port.on('message', async (job: BuildJob) => {
  current = job.id;
  const started = performance.now();
  try {
    const result = await build({
      dir: job.dir,
      cwd: job.cwd,
      outDir: job.outDir,
      templates,
      targets: ['html', 'pdf'],
      renderPdf: (issue, set) => renderPdf(issue, set, { bleed: 0 }),
    });
    const messages = messageData(result.files).map(({ frame: _frame, ...rest }) => rest);
    port.postMessage({ id: job.id, threw: undefined, ok: result.ok, messages, ms: performance.now() - started } satisfies BuildReply);
  } catch (error) {
    port.postMessage({ id: job.id, threw: error instanceof Error ? error.stack ?? error.message : String(error), ok: false, messages: [], ms: performance.now() - started } satisfies BuildReply);
  }
});
