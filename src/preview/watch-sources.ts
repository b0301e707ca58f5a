/**
 * Watches what a preview build reads: the issue folder (issue.yaml,
 * articles, images), the templates and the fonts. The issue folder is
 * watched afresh whenever it appears again (deleted and recreated, or
 * swapped by a rename), by a second watcher on its parent folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** What changed: the issue's sources, the templates, or the fonts. */
export type SourceKind = 'issue' | 'templates' | 'fonts';

/** Where to watch. */
export interface WatchOptions {
  issueDir: string;
  templatesDir: string | undefined;
  fontsDir: string | undefined;
  /** Folders whose changes are ignored (the output, when it lies inside a watched folder). */
  ignore: readonly string[];
  onChange(kind: SourceKind, file: string): void;
}

/** Watchers that can be closed. */
export interface SourceWatch {
  /** Resolves once every watcher has scanned its folder. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Starts watching. */
export function watchSources(options: WatchOptions): SourceWatch {
  const issueDir = path.resolve(options.issueDir);
  const parent = path.dirname(issueDir);
  const ignored = (file: string): boolean => isScratch(file) || options.ignore.some((dir) => inside(dir, file));
  let closed = false;

  const watchIssue = (): FSWatcher => {
    const watcher = watch(issueDir, { ignoreInitial: true, ignored, depth: 4, atomic: true });
    watcher.on('all', (_event, file) => options.onChange('issue', file));
    watcher.on('error', () => undefined);
    return watcher;
  };
  let issue = watchIssue();
  let rewatching = Promise.resolve();

  const parentWatcher = watch(parent, { ignoreInitial: true, depth: 0, ignored: (file) => file !== parent && file !== issueDir });
  parentWatcher.on('all', (_event, file) => {
    if (file !== issueDir) return;
    rewatching = rewatching.then(async () => {
      await issue.close();
      if (closed) return;
      if (existsSync(issueDir)) {
        issue = watchIssue();
        await waitReady(issue);
      }
      options.onChange('issue', issueDir);
    });
  });
  parentWatcher.on('error', () => undefined);

  const engineDirs = [options.templatesDir, options.fontsDir].filter((dir): dir is string => dir !== undefined);
  const engine = engineDirs.length > 0 ? watch(engineDirs, { ignoreInitial: true, ignored, atomic: true }) : undefined;
  engine?.on('all', (_event, file) => options.onChange(options.fontsDir !== undefined && inside(options.fontsDir, file) ? 'fonts' : 'templates', file));
  engine?.on('error', () => undefined);

  return {
    ready: Promise.all([waitReady(issue), waitReady(parentWatcher), engine ? waitReady(engine) : undefined]).then(() => undefined),
    async close() {
      closed = true;
      await rewatching;
      await Promise.all([issue.close(), parentWatcher.close(), engine?.close()]);
    },
  };
}

function waitReady(watcher: FSWatcher): Promise<void> {
  return new Promise((resolve) => watcher.once('ready', () => resolve()));
}

/** Editors' swap, backup and lock files, and hidden files. */
function isScratch(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || name === '4913' || /^#.*#$/.test(name);
}

function inside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
