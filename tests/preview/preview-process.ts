/** Runs `blattwerk preview` as a real process for tests, and listens to its events. */
import { spawn, type ChildProcess } from 'node:child_process';
import { get, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { root } from '../helpers/fixtures.js';

/** A running preview process. */
export interface PreviewProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stderr(): string;
  /** Sends SIGINT and resolves to the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `blattwerk preview <dir>` in `cwd` with `args`, and resolves once it printed its address. */
export function startPreviewProcess(dir: string, cwd: string, args: string[] = []): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'blattwerk.js'), 'preview', dir, '--port', '0', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${stdout}\n${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}:\n${stdout}\n${stderr}`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /http:\/\/[^\s/]+:(\d+)\//.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        port: Number(match[1]),
        child,
        stderr: () => stderr,
        async stop() {
          if (child.exitCode === null) child.kill('SIGINT');
          const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000));
          const code = await Promise.race([exited, timeout]);
          if (code === 'timeout') {
            child.kill('SIGKILL');
            throw new Error('the preview did not stop within 10 s of SIGINT');
          }
          return code;
        },
      });
    });
  });
}

/** One server-sent event as received. */
export interface ReceivedEvent {
  name: string;
  data: { status: string; build: number; messages: { text: string }[]; html?: { version: string }; pdf?: { version: string } };
  at: number;
}

/** Listens to `/events`; `events` fills as they arrive. */
export function listen(url: string): Promise<{ events: ReceivedEvent[]; response: IncomingMessage; close(): void }> {
  return new Promise((resolve, reject) => {
    const request = get(new URL('/events', url), (response) => {
      const events: ReceivedEvent[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name && data) events.push({ name, data: JSON.parse(data) as ReceivedEvent['data'], at: performance.now() });
        }
      });
      response.on('error', () => undefined);
      resolve({ events, response, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

/** Fetches a path of the preview as text (status and body). */
export async function fetchText(url: string, target: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(target, url));
  return { status: response.status, body: await response.text() };
}

/** Polls `check` until it returns a value that is not undefined or false, or throws after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
