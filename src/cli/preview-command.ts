/**
 * `blattwerk preview`: starts the live preview of one issue folder, prints
 * its address, and runs until Ctrl-C (or SIGTERM), then closes cleanly.
 * Build messages are printed as `blattwerk build` prints them.
 */
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { startPreview } from '../preview/preview.js';
import { isLoopback, isWildcard } from '../preview/host-check.js';
import { useColor } from './terminal.js';

/** Runs `blattwerk preview`; resolves to the exit code once stopped. */
export async function previewCommand(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  if (positionals.length !== 1) {
    process.stderr.write(`blattwerk preview: ${positionals.length === 0 ? 'missing issue folder' : 'expected one issue folder'}, e.g. \`blattwerk preview issues/2018-herbst\`\n`);
    return 2;
  }
  const portText = (values.port as string | undefined) ?? '4321';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    process.stderr.write(`blattwerk preview: unexpected --port ${portText}, expected a number from 0 to 65535\n`);
    return 2;
  }
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const dir = positionals[0]!;
  const outDir = (values.out as string | undefined) ?? 'output';

  let preview;
  try {
    preview = await startPreview({
      dir, outDir, host, port,
      checks: values['no-checks'] !== true,
      debug: values.debug === true,
      color: useColor(values),
      log: (text) => process.stderr.write(text),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND') {
      process.stderr.write(`blattwerk preview: cannot listen on ${host} port ${port} (${code})\n`);
      return 2;
    }
    throw error;
  }

  const url = isWildcard(host) ? `http://localhost:${preview.port}/` : preview.url;
  process.stdout.write(`Blattwerk preview of ${dir}\n\n  ${url}\n${isWildcard(host) ? networkUrls(preview.port) : ''}\n`);
  process.stdout.write(`Writes ${path.relative(process.cwd(), preview.outputDir) || preview.outputDir}/ on every change. Press Ctrl-C to stop.\n`);
  if (!isLoopback(host)) {
    process.stderr.write(`warning: --host ${host} makes the preview reachable from other machines on the network;\n` +
      '         anyone who can reach this port can read the unpublished issue.\n');
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.once('SIGINT', () => process.exit(130));
      process.stderr.write('\nstopping the preview…\n');
      preview.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

function networkUrls(port: number): string {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => !address.internal && address.family === 'IPv4')
    .map((address) => `  http://${address.address}:${port}/ (network)\n`)
    .join('');
}
