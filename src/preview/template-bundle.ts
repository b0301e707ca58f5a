/**
 * Reloads a template set from its TypeScript sources while the preview
 * runs. ES modules cannot be unloaded, so the set is bundled afresh with
 * esbuild and imported as a new module; the engine modules it imports
 * (`src/…`) and the packages stay the instances the running process
 * already uses, so contexts such as the PDF environment are shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TemplateSet } from '../render/template-set.js';
import { codeFrame, type MessageData } from '../diagnostics/reporter.js';

/** A freshly loaded template set, or the problems that stopped it. */
export type TemplateLoad = { ok: true; factory: () => TemplateSet } | { ok: false; messages: MessageData[] };

/** The compiled engine (`dist/src/` when running from dist): where a template's `src/…` imports are pointed. */
const engineRoot = new URL('../', import.meta.url);

/** Bundles `<root>/templates/index.ts` and imports it; `cwd` is where message paths are relative to. */
export async function bundleTemplates(root: string, cwd: string): Promise<TemplateLoad> {
  const entry = path.join(root, 'templates', 'index.ts');
  const sourceRoot = path.join(root, 'src');
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return failed(entry, cwd, 'Cannot reload the templates: esbuild is not installed', 'install the dev dependencies (`npm install`), or restart the preview after changing templates');
  }
  let code: string;
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: cwd,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      logLevel: 'silent',
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
      plugins: [{
        name: 'running-engine',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const absolute = path.resolve(args.resolveDir, args.path);
            const relative = path.relative(sourceRoot, absolute);
            if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
            return { path: new URL(relative.split(path.sep).join('/'), engineRoot).href, external: true };
          });
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { path: args.path, external: true };
            return { path: import.meta.resolve(args.path), external: true };
          });
        },
      }],
    });
    code = result.outputFiles[0]?.text ?? '';
  } catch (error) {
    const messages = (error as { errors?: import('esbuild').Message[] }).errors;
    if (messages === undefined) return failed(entry, cwd, `Cannot bundle the templates: ${(error as Error).message}`);
    return { ok: false, messages: messages.map((message) => fromEsbuild(message, cwd)) };
  }
  try {
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const module = (await import(url)) as Record<string, unknown>;
    const found = Object.entries(module).find((entry): entry is [string, () => TemplateSet] => typeof entry[1] === 'function');
    if (found === undefined) return failed(entry, cwd, 'Unexpected templates/index.ts without an exported function, expected one that returns the template set');
    const [name, make] = found;
    // The PDF thread loads the same bundle by this origin.
    const factory = (): TemplateSet => ({ ...make(), origin: { module: url, factory: name } });
    factory();
    return { ok: true, factory };
  } catch (error) {
    return failed(entry, cwd, `Cannot load the templates: ${(error as Error).message}`,
      'templates are reloaded on every change, the engine (src/) is not: after changing or updating Blattwerk itself, restart the preview');
  }
}

function fromEsbuild(message: import('esbuild').Message, cwd: string): MessageData {
  const location = message.location;
  const file = location ? display(cwd, path.resolve(cwd, location.file)) : 'templates';
  const start = location ? { line: location.line, column: location.column + 1 } : undefined;
  const end = location && start ? { line: location.line, column: start.column + Math.max(1, location.length) } : undefined;
  let text = '';
  try {
    text = location ? readFileSync(path.resolve(cwd, location.file), 'utf8') : '';
  } catch {
    text = location?.lineText ?? '';
  }
  return {
    file,
    line: start?.line,
    column: start?.column,
    endLine: end?.line,
    endColumn: end?.column,
    severity: 'error',
    reason: message.text,
    ruleId: undefined,
    note: message.notes.map((note) => note.text).join('\n') || undefined,
    frame: start ? codeFrame(text, start, end) : undefined,
  };
}

function failed(entry: string, cwd: string, reason: string, note?: string): TemplateLoad {
  const message: MessageData = {
    file: display(cwd, entry), line: undefined, column: undefined, endLine: undefined, endColumn: undefined,
    severity: 'error', reason, ruleId: undefined, note, frame: undefined,
  };
  return { ok: false, messages: [message] };
}

/** A path as messages print it: relative to the working directory when inside it, else absolute. */
function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
