/**
 * The engine a preview keeps warm between builds: the template set (with
 * its fonts parsed once) and the PDF renderer. A change in the templates
 * folder reloads the set from its sources; a change in the fonts folder
 * drops the parsed fonts and reads the font manifest again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSet } from '../render/template-set.js';
import type { Issue } from '../model/types.js';
import type { PdfResult } from '../pipeline.js';
import type { MessageData } from '../diagnostics/reporter.js';
import { loadTemplates, pdfRendererFor } from '../cli/engine.js';
import { forgetFontStores } from '../render/pdf/font-store.js';
import { forgetFontFiles } from '../render/html/render-html.js';
import { bundleTemplates } from './template-bundle.js';

/** The template set to build with, or the problems that stop loading it. */
export type TemplatesResult = { ok: true; templates: TemplateSet } | { ok: false; messages: MessageData[] };

/** What a preview builds with. */
export interface WarmEngine {
  /** The current template set, reloaded first when templates or fonts changed since the last call. */
  templates(): Promise<TemplatesResult>;
  /** Notes a change in the templates folder or in the fonts folder. */
  changed(what: 'templates' | 'fonts'): void;
  /** Renders the PDF with the warm font store. */
  renderPdf(issue: Issue, templates: TemplateSet): Promise<PdfResult>;
  /** The template sources, when they exist (a packaged install has only the compiled set). */
  readonly templateSources: string | undefined;
}

/** Loads the default template set and the PDF renderer once. */
export async function createWarmEngine(root: string, cwd: string): Promise<WarmEngine> {
  let factory: () => TemplateSet | Promise<TemplateSet> = loadTemplates;
  let current = await loadTemplates();
  const renderPdf = await pdfRendererFor({ bleed: 0, thread: true });
  const sources = path.join(root, 'templates');
  const templateSources = existsSync(path.join(sources, 'index.ts')) ? sources : undefined;
  let templatesChanged = false;
  let fontsChanged = false;

  return {
    templateSources,
    renderPdf,
    changed(what) {
      if (what === 'templates') templatesChanged = true;
      else fontsChanged = true;
    },
    async templates() {
      if (!templatesChanged && !fontsChanged) return { ok: true, templates: current };
      if (templatesChanged && templateSources !== undefined) {
        const loaded = await bundleTemplates(root, cwd);
        if (!loaded.ok) return loaded;
        factory = loaded.factory;
      }
      if (fontsChanged) {
        forgetFontStores();
        forgetFontFiles();
      }
      current = await factory();
      templatesChanged = false;
      fontsChanged = false;
      return { ok: true, templates: current };
    },
  };
}
