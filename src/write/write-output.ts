/**
 * Writes a build's files atomically: everything goes into a temporary folder
 * beside the output, which is then swapped in with two renames, under a lock
 * so two builds of the same issue do not interleave. A build that fails or is
 * killed leaves the previous output untouched; a swap interrupted between its
 * two renames is undone by the next run (recoverInterruptedWrite).
 *
 * The swap, under the lock, for `out/<slug>`:
 *   1. rename `out/<slug>` to `out/.<slug>.old-<token>` (when there is an old output)
 *   2. rename `out/.<slug>.tmp-<token>` (the finished new output) to `out/<slug>`
 *   3. remove `out/.<slug>.old-<token>`
 * Killed while writing the temporary folder or before step 1: the old output
 * stands, and the next run removes the temporary folder. Killed between 1
 * and 2: there is no `out/<slug>`; the next run renames the backup back, so
 * the old output stands. Killed during 3: the new output stands, and the next
 * run removes what is left of the backup. Killed after that, before the
 * lock is released: the next run breaks the lock, whose owner is dead.
 * "The next run" is any build of the
 * same issue into the same folder, whether it succeeds or not.
 *
 * What this does not guarantee (the remaining windows):
 * - Between steps 1 and 2 (two system calls, microseconds apart) `out/<slug>`
 *   does not exist: a web server or the preview reading it at that moment
 *   finds nothing. Node offers no portable atomic exchange of two folders.
 * - Nothing is fsynced: a killed process loses nothing (the kernel still
 *   writes its data), but after a power cut the renamed folder may hold files
 *   whose contents never reached the disk.
 * - The lock is a folder holding its owner's pid. A lock whose owner is dead,
 *   or that is older than `lockTimeoutMs` (the swap takes milliseconds), is
 *   broken by renaming it aside and checking its owner again. If, between a
 *   process reading a dead owner and renaming the lock aside, a second process
 *   breaks it and a third takes it, the third's lock is moved aside and put
 *   back; should a fourth take the lock in that instant, two swaps can run at
 *   once. Each still renames whole folders, so the result is one complete
 *   build, not a mix, but a backup may be left for the next run to remove.
 * - Builds on different machines writing to one shared folder cannot see
 *   each other's pids; their locks are broken only by age.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { OutputFile } from './output-files.js';

/** How long a build waits for the lock, and the age after which a lock is taken to be stale. */
const lockTimeoutMs = 30_000;

/** Writes `files` as the folder `outDir/slug`, replacing what was there in one step. */
export async function writeOutput(outDir: string, slug: string, files: readonly OutputFile[]): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, slug);
  const token = newToken();
  const staging = path.join(outDir, `.${slug}.tmp-${token}`);
  try {
    mkdirSync(staging);
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split('/'));
      if (!within(staging, destination)) throw new Error(`Output path ${file.path} leads out of the output folder`);
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
 * Repairs what an interrupted build of `slug` left in `outDir`, if anything,
 * under the lock; touches nothing (not even by locking) when there is nothing
 * to repair or `outDir` does not exist. Builds call it before they start.
 */
export async function recoverInterruptedWrite(outDir: string, slug: string): Promise<void> {
  let entries: string[];
  try {
    entries = readdirSync(outDir);
  } catch {
    return;
  }
  const leftovers = entries.some((name) => leftover(slug).test(name) && !name.startsWith(`.${slug}.lock`));
  // A build killed after its swap, before it released the lock, leaves the lock alone: taking it breaks it.
  const lock = path.join(outDir, `.${slug}.lock`);
  const deadLock = entries.includes(`.${slug}.lock`) && ownerDead(lock);
  if (!leftovers && !deadLock) return;
  await withLock(outDir, slug, () => recoverOutput(outDir, slug));
}

/**
 * Repairs what an interrupted run left: restores a backup when the output
 * folder is missing, and removes temporary folders and lock leftovers of dead
 * processes. Call it only while holding the lock.
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
    const match = leftover(slug).exec(name);
    if (match && !alive(Number(match[2])) && existsSync(path.join(outDir, name))) {
      rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  }
}

/** Names of temporary folders, backups and lock leftovers of `slug`; group 2 is the pid of the process that made them. */
function leftover(slug: string): RegExp {
  return new RegExp(`^\\.${escape(slug)}\\.(tmp|old|lock\\.new|lock\\.stale|lock\\.released)-(\\d+)-[0-9a-f]+$`);
}

/**
 * Runs `action` holding the lock of `slug` in `outDir`. The lock is taken
 * by renaming a private folder that already holds the owner's pid and token
 * onto the lock's name: a rename onto an existing non-empty folder fails, so
 * taking the lock and naming its owner are one step.
 */
async function withLock(outDir: string, slug: string, action: () => void): Promise<void> {
  const lock = path.join(outDir, `.${slug}.lock`);
  const token = newToken();
  const owner = `${process.pid} ${token}`;
  const mine = `${lock}.new-${token}`;
  mkdirSync(mine);
  writeFileSync(path.join(mine, 'owner'), owner);
  const started = Date.now();
  try {
    for (;;) {
      try {
        renameSync(mine, lock);
        break;
      } catch (error) {
        if (!['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        if (breakIfStale(lock, token)) continue;
        if (Date.now() - started > lockTimeoutMs) throw new Error(`Timed out after ${lockTimeoutMs / 1000} s waiting for the lock ${lock}`);
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
      }
    }
  } finally {
    rmSync(mine, { recursive: true, force: true });
  }
  try {
    action();
  } finally {
    release(lock, owner, token);
  }
}

/** Moves the lock aside and removes it, if it is still ours. */
function release(lock: string, owner: string, token: string): void {
  if (readOwner(lock) !== owner) return;
  const aside = `${lock}.released-${token}`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  rmSync(aside, { recursive: true, force: true });
}

/** Breaks the lock when its owner is dead or it is older than the timeout; true when it was broken. */
function breakIfStale(lock: string, token: string): boolean {
  const seen = readOwner(lock);
  if (seen === undefined) {
    // Being taken or released right now; only an empty lock left by an older version stays like this.
    return olderThanTimeout(lock) && removeAside(lock, token, undefined);
  }
  const pid = Number(seen.split(' ')[0]);
  if (alive(pid) && !olderThanTimeout(lock)) return false;
  return removeAside(lock, token, seen);
}

function removeAside(lock: string, token: string, expectedOwner: string | undefined): boolean {
  const aside = `${lock}.stale-${token}`;
  try {
    renameSync(lock, aside);
  } catch {
    return false;
  }
  if (readOwner(aside) !== expectedOwner) {
    // Someone broke the stale lock and took a fresh one in between: put theirs back.
    try {
      renameSync(aside, lock);
      return false;
    } catch {
      // The lock was taken again meanwhile; see the remaining windows above.
    }
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/** True when the lock names an owner and that process is gone. */
function ownerDead(lock: string): boolean {
  const owner = readOwner(lock);
  return owner !== undefined && !alive(Number(owner.split(' ')[0]));
}

function readOwner(lock: string): string | undefined {
  try {
    return readFileSync(path.join(lock, 'owner'), 'utf8');
  } catch {
    return undefined;
  }
}

function olderThanTimeout(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > lockTimeoutMs;
  } catch {
    return false;
  }
}

function newToken(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
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

function within(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
