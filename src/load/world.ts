/**
 * The World: the only way Blattwerk reads an issue from disk. Every source
 * file and image is read through it, so paths are checked in one place (no
 * file outside the issue folder, no absolute paths, no symlinks that lead
 * out) and a long-lived process (the preview) can keep what it read warm.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { decodeText } from './decode-text.js';
import { error, warn } from '../diagnostics/messages.js';

/**
 * Article files in English alphabetical order, with one collator: localeCompare with a locale makes a
 * new one per comparison. Made on first use: an ICU object made at import cannot be in the start-up
 * snapshot.
 */
let byName: Intl.Collator | undefined;

/**
 * File names of lower-case letters, digits, hyphens and dots (`01-editorial.md`), which most issues
 * have: in these the English collation orders as the characters' codes do (hyphen, dot, digits,
 * letters), so they are sorted without making ICU's collator, 5 ms of a cold build.
 * tests/load/world.test.ts compares both orders on random names.
 */
const plainName = /^[a-z0-9.-]*$/;

/** Sorts file names in English alphabetical order. */
export function sortNames(names: string[]): string[] {
  if (names.every((name) => plainName.test(name))) return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.sort((a, b) => (byName ??= new Intl.Collator('en')).compare(a, b));
}

/** Why a path inside the issue could not be read. */
export type ReadFailure = 'absolute' | 'outside' | 'missing' | 'not-a-file' | 'unreadable' | 'too-large';

/** The bytes of a file inside the issue folder, or why there are none. */
export type ReadResult = { ok: true; bytes: Uint8Array; realPath: string } | { ok: false; failure: ReadFailure; size?: number };

/** Read access to one issue folder. */
export interface World {
  /** Absolute path of the issue folder. */
  readonly root: string;
  /** The slug: the folder name. */
  readonly slug: string;
  /** How a path inside the issue is printed in messages (relative to the working directory). */
  display(relativePath: string): string;
  /** Reads a text source; problems (not UTF-8, missing) are messages on the returned file. */
  readSource(relativePath: string): VFile;
  /** True when a file exists at the path inside the issue. */
  exists(relativePath: string): boolean;
  /** The Markdown files at the top of the issue folder, sorted by name. */
  listArticles(): string[];
  /** Reads a binary file inside the issue folder, refusing paths that lead out of it. */
  readBinary(relativePath: string, maxBytes: number): ReadResult;
}

/**
 * Largest source file read. 512 KiB is about 70,000 words, a hundred pages
 * of columns; the seed issue's articles are 2 to 8 KiB. The limit keeps a
 * wrong file (an export, a log) from taking minutes and gigabytes to build.
 */
export const maxSourceBytes = 512 * 1024;

/** Opens the issue folder at `dir`. */
export function createWorld(dir: string, cwd: string = process.cwd()): World {
  const root = path.resolve(cwd, dir);
  const slug = path.basename(root);
  let realRoot: string | undefined;
  const realRootOf = (): string => (realRoot ??= safeRealpath(root) ?? root);

  const display = (relativePath: string): string => {
    const absolute = path.resolve(root, relativePath);
    const relative = path.relative(cwd, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  };

  const locate = (relativePath: string): { ok: true; absolute: string } | { ok: false; failure: ReadFailure } => {
    if (path.isAbsolute(relativePath) || /^[a-zA-Z]:[\\/]/.test(relativePath) || relativePath.startsWith('\\')) {
      return { ok: false, failure: 'absolute' };
    }
    const absolute = path.resolve(root, relativePath.replaceAll('\\', '/'));
    if (!within(root, absolute)) return { ok: false, failure: 'outside' };
    return { ok: true, absolute };
  };

  const readBinary = (relativePath: string, maxBytes: number): ReadResult => {
    const located = locate(relativePath);
    if (!located.ok) return located;
    const real = safeRealpath(located.absolute);
    if (real === undefined) return { ok: false, failure: 'missing' };
    if (!within(realRootOf(), real)) return { ok: false, failure: 'outside' };
    let stat;
    try {
      stat = statSync(real);
    } catch {
      return { ok: false, failure: 'unreadable' };
    }
    if (!stat.isFile()) return { ok: false, failure: 'not-a-file' };
    if (stat.size > maxBytes) return { ok: false, failure: 'too-large', size: stat.size };
    try {
      return { ok: true, bytes: readFileSync(real), realPath: real };
    } catch {
      return { ok: false, failure: 'unreadable' };
    }
  };

  const readSource = (relativePath: string): VFile => {
    const file = new VFile({ path: display(relativePath), value: '' });
    const result = readBinary(relativePath, maxSourceBytes);
    if (!result.ok) {
      const reasons: Record<ReadFailure, string> = {
        absolute: 'Unexpected absolute path, expected a path inside the issue folder',
        outside: 'Unexpected link to a file outside the issue folder, expected the file itself',
        missing: 'Cannot find this file',
        'not-a-file': 'Unexpected folder, expected a file',
        unreadable: 'Cannot read this file',
        'too-large': `Unexpected file of ${formatBytes(result.size ?? 0)}, expected at most ${formatBytes(maxSourceBytes)} of text`,
      };
      error(file, reasons[result.failure], result.failure === 'too-large' ? { line: 1, column: 1 } : undefined, `file-${result.failure}`, {
        note: result.failure === 'too-large'
          ? 'an article of a newsletter is rarely longer than 50 KB (about 7,000 words); check that this is the right file, or split it into several articles'
          : result.failure === 'outside'
            ? 'this file is a shortcut (symbolic link) to a file elsewhere; copy the file itself into the issue folder'
            : undefined,
      });
      return file;
    }
    const decoded = decodeText(result.bytes);
    if (!decoded.ok) {
      if (decoded.kind === 'utf16') {
        error(file, 'Unexpected UTF-16 text, expected UTF-8', { line: 1, column: 1 }, 'encoding', {
          note: 'save the file as “UTF-8” in your editor',
        });
      } else if (decoded.kind === 'binary') {
        error(file, `Unexpected ${decoded.what}, expected plain text in UTF-8`, { line: 1, column: 1 }, 'encoding', {
          note: 'copy the text into a plain-text editor and save it as “UTF-8” with the ending `.md` (or `.yaml` for issue.yaml)',
        });
      } else {
        const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
        error(file, `Unexpected byte 0x${hex}: this file is not UTF-8`, { line: decoded.line, column: decoded.column }, 'encoding', {
          note: decoded.latin1Guess
            ? 'the file looks like Windows-1252 (Latin-1); save it as “UTF-8” in your editor'
            : 'save the file as “UTF-8” in your editor',
        });
      }
      return file;
    }
    file.value = decoded.text;
    if (decoded.bom) {
      warn(file, 'Unexpected byte order mark at the start of the file; it is ignored', { line: 1, column: 1 }, 'encoding-bom', {
        note: 'save the file as “UTF-8” without BOM to silence this warning',
      });
    }
    return file;
  };

  const exists = (relativePath: string): boolean => {
    const located = locate(relativePath);
    if (!located.ok) return false;
    try {
      return statSync(located.absolute).isFile();
    } catch {
      return false;
    }
  };

  const listArticles = (): string[] => {
    try {
      return sortNames(readdirSync(root, { withFileTypes: true })
        // A symlinked article counts too; reading it checks that it stays inside the folder.
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md') && !entry.name.startsWith('.'))
        .map((entry) => entry.name));
    } catch {
      return [];
    }
  };

  return { root, slug, display, readSource, exists, listArticles, readBinary };
}

/** A size in bytes as editors read it: `512 KB`, `9.5 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / 1024 / 1024;
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${megabytes.toFixed(1)} MB`;
}

function within(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
