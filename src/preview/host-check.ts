/**
 * Which `Host` headers the preview answers: its own address with its own
 * port, and the loopback names. A page on another site that resolves its
 * own name to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
import { networkInterfaces } from 'node:os';

/** True when the address only listens on this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** True when the address listens on every interface. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** The `host:port` values a request may name, for a server listening on `host` and `port`. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', bracket(host)]);
  if (isWildcard(host)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.add(bracket(address.address));
    }
  }
  return new Set([...names].map((name) => `${name.toLowerCase()}:${port}`));
}

/** True when the `Host` header of a request is one of `allowed`. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}

function bracket(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
