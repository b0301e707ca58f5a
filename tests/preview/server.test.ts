/**
 * The preview server cannot be turned against its user: over real HTTP it
 * serves the built files and its own page and nothing else. Traversal in
 * every spelling, symlinks out of the output folder, folders, other
 * methods, foreign Host headers (DNS rebinding), bodies and huge headers
 * are all refused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, connect, type AddressInfo } from 'node:net';
import path from 'node:path';
import { createPreviewServer, type PreviewServer } from '../../src/preview/server.js';
import { tempDir } from '../helpers/fixtures.js';

const secret = 'TOP-SECRET-OUTSIDE-THE-OUTPUT';
let preview: PreviewServer;
let port: number;

/** Sends a request byte for byte (nothing normalized) and returns the status line, headers and body. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

function get(target: string, options: { method?: string; host?: string | null; extra?: string } = {}) {
  const host = options.host === undefined ? `127.0.0.1:${port}` : options.host;
  return raw(`${options.method ?? 'GET'} ${target} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}${options.extra ?? ''}Connection: close\r\n\r\n`);
}

beforeAll(async () => {
  const base = tempDir('blattwerk-preview-server-');
  const out = path.join(base, 'output', 'issue');
  mkdirSync(path.join(out, 'images'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!DOCTYPE html><html lang="de"><title>Ausgabe</title><p>Inhalt</p></html>');
  writeFileSync(path.join(out, 'issue.pdf'), '%PDF-1.7 fake');
  writeFileSync(path.join(out, 'images', 'bild.jpg'), 'jpeg');
  writeFileSync(path.join(out, '.hidden'), secret);
  writeFileSync(path.join(base, 'output', 'secret.txt'), secret);
  writeFileSync(path.join(base, 'secret.txt'), secret);
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(base, 'outside', 'secret.txt'), secret);
  symlinkSync(path.join(base, 'secret.txt'), path.join(out, 'leak.txt'));
  symlinkSync(path.join(base, 'outside'), path.join(out, 'linked'));
  const client = path.join(base, 'client');
  mkdirSync(client);
  writeFileSync(path.join(client, 'index.html'), '<!DOCTYPE html><title>Preview</title>');
  writeFileSync(path.join(client, 'app.js'), 'console.log(1)');
  preview = createPreviewServer({ outputDir: out, clientDir: client, state: () => ({ slug: 'issue' }) });
  port = await preview.listen('127.0.0.1', 0);
});

afterAll(async () => {
  await preview.close();
});

describe('the preview server', () => {
  test('listens on loopback', () => {
    expect((preview.server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  test('serves the built files, its page, its bundle and its state with security headers', async () => {
    const html = await get('/out/index.html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.headers['content-security-policy']).toContain("script-src 'none'");
    expect(html.body).toContain('<p>Inhalt</p>');
    expect((await get('/out/issue.pdf')).headers['content-type']).toBe('application/pdf');
    expect((await get('/out/images/bild.jpg?v=3')).status).toBe(200);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await get('/client/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const state = await get('/api/state');
    expect(JSON.parse(state.body)).toEqual({ slug: 'issue' });
  });

  test('answers HEAD without a body', async () => {
    const head = await get('/out/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(10);
    expect(head.body).toBe('');
  });

  test.each([
    '/out/../secret.txt',
    '/out/../../secret.txt',
    '/out/images/../../secret.txt',
    '/out/%2e%2e/secret.txt',
    '/out/%2E%2E/%2E%2E/secret.txt',
    '/out/%2e%2e%2fsecret.txt',
    '/out/..%2F..%2Fsecret.txt',
    '/out/%252e%252e/secret.txt',
    '/out/%252e%252e%252fsecret.txt',
    '/out/..%5csecret.txt',
    '/out/..%5C..%5Csecret.txt',
    '/out/..\\secret.txt',
    '/out/images\\..\\..\\secret.txt',
    '/out/index.html%00.jpg',
    '/out/%00',
    '/out//secret.txt',
    '/out/%2fsecret.txt',
    '/out/./index.html',
    '/out/.hidden',
    '/out/%2ehidden',
    '/out/C:%5Csecret.txt',
    '/client/../out/index.html',
    '/client/%2e%2e/secret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
  ])('refuses traversal: %s', async (target) => {
    const response = await get(target);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(secret);
  });

  test('refuses a raw NUL byte in the path', async () => {
    const response = await raw(`GET /out/index.html\u0000.jpg HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(response.status).toBe(400);
  });

  test('refuses symlinks that lead out of the output folder', async () => {
    for (const target of ['/out/leak.txt', '/out/linked/secret.txt']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.body).not.toContain(secret);
    }
  });

  test('lists no folder and serves nothing else', async () => {
    for (const target of ['/out/', '/out', '/out/images/', '/out/images', '/client/', '/index.html', '/secret.txt', '/etc/passwd', '/api', '/api/', '/events/x', '/out/missing.html']) {
      expect((await get(target)).status, target).toBe(404);
    }
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])('refuses %s with 405 and Allow', async (method) => {
    const response = await get('/out/index.html', { method });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  test('refuses foreign Host headers (DNS rebinding) and requests without one', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port + 1}`, `127.0.0.1`, `127.0.0.2:${port}`, `localhost.:${port}`, `0.0.0.0:${port}`]) {
      const response = await get('/out/index.html', { host });
      expect(response.status, host).toBe(403);
      expect(response.body).not.toContain('Inhalt');
    }
    expect((await raw('GET /out/index.html HTTP/1.0\r\n\r\n')).status).toBe(403);
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await get('/out/index.html', { host })).status, host).toBe(200);
    }
  });

  test('accepts no request bodies and bounds the headers', async () => {
    expect((await get('/out/index.html', { extra: 'Content-Length: 5\r\n' })).status).toBe(413);
    expect((await get('/out/index.html', { extra: 'Transfer-Encoding: chunked\r\n' })).status).toBe(413);
    expect((await get('/out/index.html', { extra: `X-Padding: ${'a'.repeat(32 * 1024)}\r\n` })).status).toBe(431);
    expect((await get(`/out/${'a'.repeat(3000)}`)).status).toBe(414);
  });

  test('sends no CORS headers', async () => {
    const response = await get('/out/index.html', { extra: 'Origin: https://evil.example\r\n' });
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  test('takes the next port when the first is taken', async () => {
    const blocker = createTcpServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as AddressInfo).port;
    const other = createPreviewServer({ outputDir: tempDir(), clientDir: tempDir(), state: () => ({}) });
    try {
      const bound = await other.listen('127.0.0.1', taken);
      expect(bound).toBeGreaterThan(taken);
      expect(bound).toBeLessThanOrEqual(taken + 20);
    } finally {
      await other.close();
      blocker.close();
    }
  });
});
