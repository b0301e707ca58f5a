/** Snapshots of folders: every file's hash by relative path, to show that a folder did not change. */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** Hashes of every file under `dir` by relative path (symlinks by their target; `{}` when `dir` does not exist). */
export function snapshot(dir: string, options: { skip?: (relative: string) => boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = path.join(relative, entry.name);
      if (options.skip?.(rel)) continue;
      const full = path.join(dir, rel);
      if (lstatSync(full).isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (entry.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(rel);
      } else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return out;
}
