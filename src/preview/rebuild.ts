/**
 * One preview build, in two passes so the HTML pane does not wait for the
 * PDF: first the HTML of the new input, written beside the PDF already on
 * disk (its download link names that PDF's size), then the whole issue.
 * Each pass writes through the pipeline's atomic writer and is announced
 * as soon as it is on disk. A change that arrives during the first pass
 * skips the second: the next run builds the newer input.
 */
import { createHash } from 'node:crypto';
import { build, type BuildResult, type PdfResult, type StageTiming } from '../pipeline.js';
import type { ImageCache } from '../assets/resolve-images.js';
import type { OutputFile } from '../write/output-files.js';
import { formatMessage, messageData, type MessageData } from '../diagnostics/reporter.js';
import type { PreviewEventName } from './event-stream.js';
import type { PreviewMessage, PreviewState } from './state.js';
import type { WarmEngine } from './warm-engine.js';

/** What a preview build needs and where it reports. */
export interface RebuildContext {
  dir: string;
  cwd: string;
  outDir: string;
  engine: WarmEngine;
  images: ImageCache;
  /** Put the stack of internal errors into their message. */
  debug: boolean;
  state: PreviewState;
  /** The last good PDF, kept to write beside the HTML of the first pass. */
  lastPdf: PdfResult | undefined;
  emit(name: PreviewEventName): void;
  /** Called with the output folder after a build wrote both outputs. */
  built(written: string, result: BuildResult): void;
  /** Called with the messages at the end of every build, to print them. */
  reported(messages: PreviewMessage[], summary: string): void;
}

/** Runs one preview build; `stale()` turns true once a newer change is waiting. */
export async function rebuild(context: RebuildContext, stale: () => boolean): Promise<void> {
  const { state } = context;
  state.build += 1;
  const number = state.build;
  context.emit('building');
  const started = performance.now();
  let loaded;
  try {
    loaded = await context.engine.templates();
  } catch (error) {
    return fail(context, [internalMessage(context, error)]);
  }
  if (!loaded.ok) return fail(context, loaded.messages);
  const options = { dir: context.dir, cwd: context.cwd, outDir: context.outDir, templates: loaded.templates, caches: { images: context.images } };

  let htmlTimings: StageTiming[] = [];
  try {
    const onDisk = context.lastPdf && { bytes: context.lastPdf.bytes, pages: context.lastPdf.pages };
    if (onDisk !== undefined) {
      const first = await build({ ...options, targets: ['html', 'pdf'], renderPdf: async () => onDisk });
      if (!first.ok) return fail(context, messageData(first.files));
      htmlTimings = withoutPdf(first.timings);
      state.status = 'ok';
      state.html = { version: versionOf(first.html ?? []), build: number, ms: performance.now() - started };
      state.timings = { html: htmlTimings, pdf: [] };
      setMessages(context, messageData(first.files), false);
      context.emit('html');
      // Let the event go out before the PDF pass keeps the process busy (the HTTP layer sends on the next tick).
      await new Promise((resolve) => setImmediate(resolve));
      if (stale()) return;
    }
    const full = await build({ ...options, targets: ['html', 'pdf'], renderPdf: context.engine.renderPdf });
    if (!full.ok || full.pdf === undefined || full.written === undefined) return fail(context, messageData(full.files));
    const ms = performance.now() - started;
    context.lastPdf = full.pdf;
    state.status = 'ok';
    // The HTML now names the new PDF's size; the page reloads its pane only if that changed the HTML.
    state.html = { version: versionOf(full.html ?? []), build: number, ms: onDisk === undefined ? ms : (state.html?.ms ?? ms) };
    state.pdf = { version: versionOf([{ path: 'pdf', data: full.pdf.bytes }]), build: number, ms, pages: full.pdf.pages, bytes: full.pdf.bytes.byteLength };
    state.timings = { html: onDisk === undefined ? withoutPdf(full.timings) : htmlTimings, pdf: full.timings };
    setMessages(context, messageData(full.files), true);
    if (onDisk === undefined) context.emit('html');
    context.emit('pdf');
    context.built(full.written, full);
  } catch (error) {
    return fail(context, [internalMessage(context, error)]);
  }
}

function fail(context: RebuildContext, messages: MessageData[]): void {
  context.state.status = 'error';
  setMessages(context, messages, true);
  context.emit('error');
}

/** Keeps the build's messages in the state; the final ones of a build are also reported (printed). */
function setMessages(context: RebuildContext, data: MessageData[], final: boolean): void {
  const messages = data.map((d) => ({ ...d, text: formatMessage(d) }));
  const summary = summarize(messages);
  context.state.messages = messages;
  context.state.summary = summary;
  if (final) context.reported(messages, summary);
}

/** The count the CLI prints under its messages. */
export function summarize(messages: readonly MessageData[]): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  return [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
    .filter(Boolean)
    .join(', ');
}

/** A bug (in Blattwerk or in a template) as a message, so the page shows it like any other. */
function internalMessage(context: RebuildContext, error: unknown): MessageData {
  const text = error instanceof Error ? error.message : String(error);
  return {
    file: context.dir, line: undefined, column: undefined, endLine: undefined, endColumn: undefined,
    severity: 'error', reason: `Internal error while building: ${text}`, ruleId: undefined,
    note: context.debug && error instanceof Error && error.stack ? error.stack : 'this is a bug in Blattwerk or in a template, not in your content; run with --debug to see the stack',
    frame: undefined,
  };
}

function versionOf(files: readonly OutputFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.data).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function withoutPdf(timings: readonly StageTiming[]): StageTiming[] {
  return timings.filter((timing) => timing.stage !== 'pdf');
}
