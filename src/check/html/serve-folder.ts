/**
 * A static file server for one built folder on 127.0.0.1, so the browser
 * loads the page, its stylesheet, fonts and images over HTTP as a reader's
 * browser would. GET and HEAD only; nothing outside the folder is served.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A running server and how to stop it. */
export interface FolderServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Serves `root` on a free port of 127.0.0.1. */
export async function serveFolder(root: string): Promise<FolderServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => void respond(base, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serveFolder(): the server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function respond(base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return end(response, 405);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return end(response, 400);
  }
  const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (file !== base && !file.startsWith(base + path.sep)) return end(response, 404);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return end(response, 404);
  }
  response.writeHead(200, { 'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': data.byteLength });
  response.end(request.method === 'HEAD' ? undefined : data);
}

function end(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end();
}
