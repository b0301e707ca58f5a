/**
 * `blattwerk check`: builds each issue folder and runs the accessibility
 * checks on its PDF and HTML. Prints a grouped report (or JSON with
 * `--json`). Exit codes: 0 clean, 1 content errors or findings, 2 a check
 * could not run (no Chromium) or usage errors.
 */
import path from 'node:path';
import type { CheckOutcome } from '../check/index.js';
import { checkIssue, checkOutcome } from '../check/index.js';
import { checkJson, formatCheckReport } from '../check/format-check-report.js';
import { findChromium, openHtmlChecker } from '../check/html/index.js';
import { formatMs, useColor } from './terminal.js';

const exitCodes: Record<CheckOutcome, number> = { clean: 0, findings: 1, 'not-run': 2 };

/** Runs `blattwerk check`; resolves to the exit code. */
export async function checkCommand(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  if (positionals.length === 0) {
    process.stderr.write('blattwerk check: missing issue folder, e.g. `blattwerk check issues/2018-herbst`\n');
    return 2;
  }
  const chromium = findChromium();
  if (!chromium.ok) {
    process.stderr.write(`blattwerk check: ${chromium.problem}\n`);
    return 2;
  }
  const json = values.json === true;
  const quiet = values.quiet === true || json;
  const color = useColor(values, process.stdout);
  const outDir = path.resolve((values.out as string | undefined) ?? 'output');
  const starting = openHtmlChecker();
  let exit = 0;
  const results: ReturnType<typeof checkJson>[] = [];
  try {
    for (const dir of positionals) {
      if (!quiet) process.stderr.write(`${dir}\n`);
      const check = await checkIssue(dir, {
        outDir,
        htmlChecker: starting,
        onStage: quiet ? undefined : ({ stage, ms }) => process.stderr.write(`  ${stage.padEnd(12)} ${formatMs(ms).padStart(8)}\n`),
      });
      exit = Math.max(exit, exitCodes[checkOutcome(check)]);
      if (json) results.push(checkJson(check));
      else process.stdout.write(formatCheckReport(check, { color, quiet }));
    }
  } finally {
    const start = await starting;
    if (start.ok) await start.checker.close();
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return exit;
}
