/**
 * Finds the system's Chromium for the HTML checks. Blattwerk never downloads
 * a browser: it uses `CHROME_PATH` when set, else `/usr/bin/chromium` (which
 * `BLATTWERK_CHROMIUM` overrides, for tests and unusual installs).
 */
import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian and Ubuntu install Chromium. */
export const defaultChromium = '/usr/bin/chromium';

/** How to get a Chromium, as the CLI prints it. */
export const installHint = 'install it with `apt-get install -y chromium` (Debian, Ubuntu), or set CHROME_PATH to a Chromium or Chrome executable';

/** The Chromium to run, or why there is none. */
export type ChromiumLookup = { ok: true; path: string } | { ok: false; problem: string };

/** Looks for the Chromium executable named by the environment. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const chosen = env.CHROME_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (isExecutable(chosen)) return { ok: true, path: chosen };
    return { ok: false, problem: `Cannot find Chromium: CHROME_PATH is \`${chosen}\`, which is not an executable file; ${installHint}` };
  }
  const fallback = env.BLATTWERK_CHROMIUM || defaultChromium;
  if (isExecutable(fallback)) return { ok: true, path: fallback };
  return { ok: false, problem: `Cannot find Chromium at \`${fallback}\`; ${installHint}` };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
