/**
 * Server-sent events to the preview pages: each connected page is a
 * response kept open. A page that goes away is dropped, whether it closes
 * cleanly, mid-write, or stops reading (its buffer is bounded).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The kinds of event the preview sends. */
export type PreviewEventName = 'building' | 'html' | 'pdf' | 'error' | 'checks';

/** The connected pages and a way to send to all of them. */
export interface EventStream {
  /** Takes over a `GET /events` request and keeps it open. */
  connect(request: IncomingMessage, response: ServerResponse): void;
  /** Sends one event with JSON data to every page. */
  send(name: PreviewEventName, data: unknown): void;
  /** How many pages are connected. */
  readonly size: number;
  /** Ends every stream. */
  close(): void;
}

/** Bytes a page may leave unread before it is dropped. */
const maxBuffered = 1024 * 1024;
const heartbeatMs = 15_000;

/** Creates the event stream of one preview server. */
export function createEventStream(headers: Record<string, string>): EventStream {
  const clients = new Set<ServerResponse>();
  let id = 0;

  const drop = (response: ServerResponse): void => {
    clients.delete(response);
    if (!response.destroyed) response.destroy();
  };
  const write = (response: ServerResponse, chunk: string): void => {
    if (response.destroyed || response.writableEnded) return drop(response);
    if (response.writableLength > maxBuffered) return drop(response);
    response.write(chunk);
  };
  const heartbeat = setInterval(() => {
    for (const response of clients) write(response, ': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  return {
    connect(request, response) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'X-Accel-Buffering': 'no' });
      response.on('error', () => drop(response));
      request.on('close', () => drop(response));
      response.on('close', () => drop(response));
      clients.add(response);
      write(response, 'retry: 1000\n\n');
    },
    send(name, data) {
      id += 1;
      const chunk = `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const response of [...clients]) write(response, chunk);
    },
    get size() {
      return clients.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const response of [...clients]) {
        clients.delete(response);
        response.end();
      }
    },
  };
}
