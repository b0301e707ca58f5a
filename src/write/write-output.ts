/**
 * Writes a build's files atomically: everything goes into a temporary folder
 * beside the output, which is then swapped in with two renames, under a lock
 * so two builds of the same issue do not interleave. A build that fails or is
 * killed leaves the previous output untouched; a swap interrupted between its
 * two renames is undone by the next run (recoverOutput).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { OutputFile } from './output-files.js';

const lockTimeoutMs = 30_000;

/** Writes `files` as the folder `outDir/slug`, replacing what was there in one step. */
export async function writeOutput(outDir: string, slug: string, files: readonly OutputFile[]): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, slug);
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = path.join(outDir, `.${slug}.tmp-${token}`);
  try {
    mkdirSync(staging);
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split('/'));
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, file.data);
    }
    await withLock(outDir, slug, () => {
      recoverOutput(outDir, slug);
      const backup = path.join(outDir, `.${slug}.old-${token}`);
      const hadOld = existsSync(target);
      if (hadOld) renameSync(target, backup);
      renameSync(staging, target);
      if (hadOld) rmSync(backup, { recursive: true, force: true });
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return target;
}

/**
 * Repairs what an interrupted run left: restores a backup when the output
 * folder is missing, and removes stale temporary folders of dead processes.
 */
export function recoverOutput(outDir: string, slug: string): void {
  let entries: string[];
  try {
    entries = readdirSync(outDir);
  } catch {
    return;
  }
  const target = path.join(outDir, slug);
  const backups = entries.filter((name) => name.startsWith(`.${slug}.old-`));
  if (!existsSync(target) && backups.length > 0) {
    const newest = backups
      .map((name) => ({ name, time: statSync(path.join(outDir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)[0]!;
    renameSync(path.join(outDir, newest.name), target);
  }
  for (const name of entries) {
    const match = new RegExp(`^\\.${escape(slug)}\\.(tmp|old)-(\\d+)-`).exec(name);
    if (match && !alive(Number(match[2])) && existsSync(path.join(outDir, name))) {
      rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  }
}

async function withLock(outDir: string, slug: string, action: () => void): Promise<void> {
  const lock = path.join(outDir, `.${slug}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > lockTimeoutMs) throw new Error(`Timed out waiting for the lock ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    return !alive(pid);
  } catch {
    // A lock without a pid file is being created right now, or was left by a crash mid-creation.
    try {
      return Date.now() - statSync(lock).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
