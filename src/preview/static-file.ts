/**
 * Sends one file from a folder, only when its real path (symlinks
 * resolved) stays inside that folder and it is a regular file: folders are
 * never listed, links out of the folder are never followed.
 */
import { open, realpath } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** The media type a file is sent with. */
export function contentType(file: string): string {
  return types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Sends `root/segments…` and resolves to true, or resolves to false (nothing sent) when there is no such file inside `root`. */
export async function sendFile(response: ServerResponse, root: string, segments: readonly string[], head: boolean, headers: Record<string, string>): Promise<boolean> {
  let file;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(root, ...segments));
    if (!inside(realRoot, real)) return false;
    file = await open(real, 'r');
  } catch {
    return false;
  }
  try {
    const stat = await file.stat();
    if (!stat.isFile()) {
      await file.close();
      return false;
    }
    response.writeHead(200, { ...headers, 'Content-Type': contentType(segments.at(-1) ?? ''), 'Content-Length': String(stat.size) });
    if (head) {
      response.end();
      await file.close();
      return true;
    }
    const stream = file.createReadStream({ autoClose: true });
    stream.on('error', () => response.destroy());
    response.on('close', () => stream.destroy());
    stream.pipe(response);
    return true;
  } catch {
    await file.close().catch(() => undefined);
    if (!response.headersSent) return false;
    response.destroy();
    return true;
  }
}

function inside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
