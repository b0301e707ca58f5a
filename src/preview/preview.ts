/**
 * `startPreview`: one long-lived process that keeps the engine warm,
 * watches the issue, its templates and fonts, rebuilds on every change
 * (debounced, never two builds at once, never losing the last change),
 * serves the preview page and the built files, and tells the page about
 * each build over server-sent events.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewMessage, PreviewState } from './state.js';
import type { ImageCache } from '../assets/resolve-images.js';
import { createPreviewServer } from './server.js';
import { createWarmEngine } from './warm-engine.js';
import { rebuild, type RebuildContext } from './rebuild.js';
import { serialTask } from './serial-task.js';
import { watchSources } from './watch-sources.js';
import { createAccessibilityChecks } from './accessibility.js';
import { formatMessage } from '../diagnostics/reporter.js';

/** How to run a preview. */
export interface PreviewOptions {
  /** The issue folder. */
  dir: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string | undefined;
  /** The output folder; the issue is written to `outDir/<slug>/`. */
  outDir: string;
  /** The address to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** The port to try first (default 4321; 0 for any free port). */
  port?: number | undefined;
  /** Run the accessibility checks after each build (default true). */
  checks?: boolean | undefined;
  /** Watch the templates and fonts folders (default true). */
  watchEngine?: boolean | undefined;
  /** Milliseconds of quiet after a change before a build starts (default 80). */
  debounceMs?: number | undefined;
  /** Put the stack of internal errors into their message. */
  debug?: boolean | undefined;
  /** Colour the messages printed to `log`. */
  color?: boolean | undefined;
  /** Where progress and messages are printed (default: nowhere). */
  log?: ((text: string) => void) | undefined;
}

/** A running preview. */
export interface Preview {
  /** The address of the preview page. */
  url: string;
  host: string;
  port: number;
  /** The issue's output folder, `outDir/<slug>/`. */
  outputDir: string;
  /** The current state, as `/api/state` answers. */
  state(): PreviewState;
  /** Stops watching, lets a running build finish, closes every connection. */
  close(): Promise<void>;
}

/** The folder of the blattwerk package (where templates/, fonts/ and dist/ are). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'blattwerk') return dir;
    } catch {
      // not here; look further up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the blattwerk package folder');
    dir = parent;
  }
}

/** Starts the preview of one issue folder. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => undefined);
  const root = packageRoot();
  const issueDir = path.resolve(cwd, options.dir);
  const slug = path.basename(issueDir);
  const outDir = path.resolve(cwd, options.outDir);
  const outputDir = path.join(outDir, slug);
  const engine = await createWarmEngine(root, cwd);

  const state: PreviewState = {
    slug, source: options.dir, build: 0, busy: true, status: 'starting', html: undefined, pdf: undefined,
    messages: [], summary: '', timings: { html: [], pdf: [] },
    checks: { status: options.checks === false ? 'unavailable' : 'waiting', build: undefined, findings: [], note: options.checks === false ? 'the checks are off (--no-checks)' : undefined },
  };
  let debounce: NodeJS.Timeout | undefined;
  const snapshot = (): PreviewState => ({ ...state, busy: debounce !== undefined || builds.busy });
  const server = createPreviewServer({ outputDir, clientDir: path.join(root, 'dist', 'preview-client'), state: snapshot });
  const checks = options.checks === false ? undefined : createAccessibilityChecks({ onUpdate: (update) => {
    state.checks = update;
    server.events.send('checks', snapshot());
  } });

  let printed = '';
  const context: RebuildContext = {
    dir: options.dir, cwd, outDir, engine, images: new Map() as ImageCache, state, lastPdf: undefined, debug: options.debug === true,
    emit: (name) => {
      server.events.send(name, snapshot());
      if (name === 'pdf') log(`${clock()} built: HTML in ${Math.round(state.html?.ms ?? 0)} ms, PDF in ${Math.round(state.pdf?.ms ?? 0)} ms (${state.pdf?.pages} ${state.pdf?.pages === 1 ? 'page' : 'pages'})\n`);
      if (name === 'error') log(`${clock()} not built (${state.summary}); the preview keeps the last good output\n`);
    },
    built: (written, result) => checks?.request(written, result.issue, state.build),
    reported: (messages: PreviewMessage[], summary: string) => {
      const text = messages.length === 0 ? '' : `${messages.map((m) => formatMessage(m, { color: options.color === true })).join('\n\n')}\n\n${summary}\n`;
      if (text !== printed && text !== '') log(text);
      printed = text;
    },
  };
  const builds = serialTask((stale) => rebuild(context, stale), (error) => log(`blattwerk preview: internal error: ${(error as Error).message}\n`));
  const schedule = (): void => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      builds.request();
    }, options.debounceMs ?? 80);
  };

  const host = options.host ?? '127.0.0.1';
  const port = await server.listen(host, options.port ?? 4321);
  const watchEngine = options.watchEngine !== false;
  const watcher = watchSources({
    issueDir,
    templatesDir: watchEngine ? engine.templateSources : undefined,
    fontsDir: watchEngine ? path.join(root, 'fonts') : undefined,
    ignore: [outDir],
    onChange: (kind) => {
      if (kind !== 'issue') engine.changed(kind);
      schedule();
    },
  });
  await watcher.ready;
  builds.request();

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    host,
    port,
    outputDir,
    state: snapshot,
    async close() {
      clearTimeout(debounce);
      debounce = undefined;
      await watcher.close();
      await builds.idle();
      await checks?.close();
      await server.close();
    },
  };
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}
