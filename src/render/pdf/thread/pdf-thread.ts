/**
 * The main thread's side of the PDF thread: starts the worker at once (so
 * the PDF engine loads while the issue is read), sends it issues and
 * receives the PDFs. The worker does not keep the process alive while idle.
 */
import { Worker } from 'node:worker_threads';
import type { Issue } from '../../../model/types.js';
import type { TemplateSet } from '../../template-set.js';
import type { PdfResult } from '../../../pipeline.js';

/** A running PDF thread. */
export interface PdfThread {
  /** Renders an issue with a template set that has an origin. */
  render(issue: Issue, templates: TemplateSet, bleed: number): Promise<PdfResult>;
  /** Stops the thread. */
  close(): Promise<void>;
}

type Reply = { id: number; ok: true; result: PdfResult } | { id: number; ok: false; error: { message: string; stack?: string } };

/** Starts the PDF thread. */
export function startPdfThread(): PdfThread {
  const worker = new Worker(new URL('./pdf-worker.js', import.meta.url));
  worker.unref();
  const pending = new Map<number, { resolve: (result: PdfResult) => void; reject: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting.resolve({ ...reply.result, bytes: new Uint8Array(reply.result.bytes) });
    else {
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      waiting.reject(error);
    }
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`The PDF thread stopped (exit code ${code})`)));
  return {
    render(issue, templates, bleed) {
      if (templates.origin === undefined) return Promise.reject(new Error('A template set without an origin cannot be sent to the PDF thread'));
      const id = (next += 1);
      worker.ref();
      return new Promise<PdfResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, issue, origin: templates.origin, bleed });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
