/**
 * The PDF thread: a worker that keeps the PDF engine, the parsed fonts and
 * the galley cache warm, and renders issues sent to it. Its imports run in
 * parallel with the main thread's reading of the issue, and a long-lived
 * process (the preview) keeps serving while a PDF is made.
 */
import { parentPort } from 'node:worker_threads';
import type { Issue } from '../../../model/types.js';
import type { TemplateOrigin, TemplateSet } from '../../template-set.js';
import { renderPdf } from '../render-pdf.js';
import type { GalleyCache } from '../galley.js';

/** A request to render. */
export interface RenderRequest { id: number; issue: Issue; origin: TemplateOrigin; bleed: number }

const sets = new Map<string, TemplateSet>();
const cache: GalleyCache = new Map();

async function templatesFrom(origin: TemplateOrigin): Promise<TemplateSet> {
  const key = `${origin.module}#${origin.factory}`;
  let set = sets.get(key);
  if (set === undefined) {
    const module = (await import(origin.module)) as Record<string, () => TemplateSet>;
    const factory = module[origin.factory];
    if (typeof factory !== 'function') throw new Error(`The template module has no export ${origin.factory}`);
    set = factory();
    // A reloaded set (the preview) replaces the one before it: old bundles are not kept.
    if (origin.module.startsWith('data:')) for (const old of sets.keys()) if (old.startsWith('data:')) sets.delete(old);
    sets.set(key, set);
  }
  return set;
}

parentPort?.on('message', async (request: RenderRequest) => {
  try {
    const templates = await templatesFrom(request.origin);
    const result = await renderPdf(request.issue, templates, { bleed: request.bleed, cache });
    const bytes = result.bytes;
    parentPort!.postMessage({ id: request.id, ok: true, result }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const failure = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    parentPort!.postMessage({ id: request.id, ok: false, error: failure });
  }
});
