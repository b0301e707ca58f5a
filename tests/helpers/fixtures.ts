/** Test fixtures: copies of issue folders in a temporary folder, with files replaced, added or removed. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, lstatSync, readlinkSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The test fixture issues. */
export const fixtures = path.join(root, 'tests', 'fixtures', 'issues');

/** A fresh temporary folder. */
export function tempDir(prefix = 'blattwerk-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Copies the issue folder `source` to `<tmp>/<name>/` and applies an overlay
 * folder: its files replace or add to the copy (symlinks are copied as
 * links), `*.b64` files are written decoded without the suffix, and names
 * listed in a `remove.txt` are deleted. Returns the temporary parent.
 */
export function issueCopy(source: string, overlay?: string, name = 'issue'): { cwd: string; dir: string } {
  const cwd = tempDir();
  const dir = path.join(cwd, name);
  cpSync(source, dir, { recursive: true });
  if (overlay) applyOverlay(overlay, dir);
  return { cwd, dir };
}

function applyOverlay(overlay: string, target: string, relative = ''): void {
  for (const entry of readdirSync(path.join(overlay, relative), { withFileTypes: true })) {
    const from = path.join(overlay, relative, entry.name);
    const rel = path.join(relative, entry.name);
    if (relative === '' && ['expected.txt', 'remove.txt', 'README.md', 'exit-code.txt'].includes(entry.name)) continue;
    if (entry.isDirectory()) {
      mkdirSync(path.join(target, rel), { recursive: true });
      applyOverlay(overlay, target, rel);
    } else if (lstatSync(from).isSymbolicLink()) {
      rmSync(path.join(target, rel), { force: true });
      symlinkSync(readlinkSync(from), path.join(target, rel));
    } else if (entry.name.endsWith('.b64')) {
      writeFileSync(path.join(target, rel.slice(0, -4)), Buffer.from(readFileSync(from, 'utf8'), 'base64'));
    } else {
      cpSync(from, path.join(target, rel));
    }
  }
  const remove = path.join(overlay, 'remove.txt');
  if (relative === '' && existsSync(remove)) {
    for (const line of readFileSync(remove, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
      rmSync(path.join(target, line), { recursive: true, force: true });
    }
  }
}
