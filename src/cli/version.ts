/** The version of Blattwerk, from package.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Returns "blattwerk <version>". The package.json is looked for upwards from
 * this module, since it runs both from dist/src/cli/ and from the bundle in
 * dist/bundle/, at different depths.
 */
export function version(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'blattwerk' && pkg.version !== undefined) return `blattwerk ${pkg.version}`;
    } catch {
      // No package.json here: look further up.
    }
    if (path.dirname(dir) === dir) return 'blattwerk (version unknown)';
  }
}
