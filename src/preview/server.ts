/**
 * The preview's HTTP server. It answers five things and nothing else: the
 * preview page (`/` and its bundle under `/client/`), the event stream
 * (`/events`), the state (`/api/state`) and the built files (`/out/…`).
 * Only GET and HEAD, no bodies, no CORS, only requests that name this
 * server in their `Host` header; every file is checked to lie inside its
 * folder after symlinks are resolved.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEventStream, type EventStream } from './event-stream.js';
import { allowedHosts, hostAllowed } from './host-check.js';
import { maxUrlLength, outPathSegments } from './request-path.js';
import { sendFile } from './static-file.js';

/** What the preview server serves. */
export interface PreviewServerOptions {
  /** The built files, `<out>/<slug>/`. */
  outputDir: string;
  /** The preview page's bundle: index.html, app.js, app.css, pdf.worker.min.mjs. */
  clientDir: string;
  /** The state `/api/state` answers with. */
  state: () => unknown;
}

/** A preview server, before and after it listens. */
export interface PreviewServer {
  readonly server: Server;
  readonly events: EventStream;
  /** Listens on `host` at `port`, or at the next free port when it is taken; resolves to the port. */
  listen(host: string, port: number): Promise<number>;
  /** Ends the event streams and closes every connection. */
  close(): Promise<void>;
}

/** Headers every response carries. */
const common: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cache-Control': 'no-store',
};

/** The preview page: its own scripts and styles only; frames and fetches only from here. */
const pageHeaders = {
  ...common,
  'Content-Security-Policy': [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self' data:",
    "connect-src 'self'", "worker-src 'self'", "frame-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].join('; '),
};

/** The built HTML: it has no scripts, and never runs one. */
const builtHtmlHeaders = {
  ...common,
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
};

const portAttempts = 20;

/** Creates the preview server (not yet listening). */
export function createPreviewServer(options: PreviewServerOptions): PreviewServer {
  const events = createEventStream(common);
  let allowed = new Set<string>();
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000 }, (request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) plain(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  server.maxConnections = 128;
  server.keepAliveTimeout = 5_000;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!hostAllowed(request.headers.host, allowed)) return plain(response, 403, 'Forbidden: unexpected Host header');
    const method = request.method ?? '';
    if (method !== 'GET' && method !== 'HEAD') return plain(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (hasBody(request)) return plain(response, 413, 'Request bodies are not accepted', { Connection: 'close' });
    const url = request.url ?? '';
    if (url.length > maxUrlLength) return plain(response, 414, 'URI too long');
    const head = method === 'HEAD';
    const target = url.split(/[?#]/, 1)[0] ?? '';

    if (target === '/') {
      if (await sendFile(response, options.clientDir, ['index.html'], head, pageHeaders)) return;
      return plain(response, 503, 'The preview page is not built: run `npm run build:preview`');
    }
    if (target === '/events') {
      if (head) return void response.writeHead(200, { ...common, 'Content-Type': 'text/event-stream; charset=utf-8' }).end();
      return events.connect(request, response);
    }
    if (target === '/api/state') {
      const body = JSON.stringify(options.state());
      response.writeHead(200, { ...common, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
      return void response.end(head ? undefined : body);
    }
    if (target.startsWith('/client/')) {
      const segments = outPathSegments(target.slice('/client/'.length));
      if (segments?.length === 1 && (await sendFile(response, options.clientDir, segments, head, common))) return;
      return plain(response, 404, 'Not found');
    }
    if (target.startsWith('/out/')) {
      const segments = outPathSegments(target.slice('/out/'.length));
      const headers = segments?.at(-1)?.endsWith('.html') ? builtHtmlHeaders : common;
      if (segments !== undefined && (await sendFile(response, options.outputDir, segments, head, headers))) return;
    }
    return plain(response, 404, 'Not found');
  };

  return {
    server,
    events,
    async listen(host, port) {
      const bound = await listenFrom(server, host, port);
      allowed = allowedHosts(host, bound);
      return bound;
    },
    async close() {
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function plain(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...common, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
  response.end(text);
}

async function listenFrom(server: Server, host: string, port: number): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (error: Error) => reject(error);
        server.once('error', fail);
        server.listen(candidate, host, () => {
          server.off('error', fail);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= portAttempts) throw error;
    }
  }
}
