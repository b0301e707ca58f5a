/** The version of Blattwerk, from package.json. */
import { readFileSync } from 'node:fs';

/** Returns "blattwerk <version>". */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `blattwerk ${pkg.version}`;
}
