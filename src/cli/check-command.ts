/**
 * `blattwerk check`: builds each issue folder and runs the accessibility
 * checks on its PDF and HTML; a `.pdf` or `.html` file given instead is
 * checked as it is. Prints a grouped report (or JSON with
 * `--json`). Exit codes: 0 clean, 1 content errors or findings, 2 a check
 * could not run (no Chromium) or usage errors.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CheckOutcome } from '../check/index.js';
import { checkedKind, checkFile, checkIssue, checkOutcome } from '../check/index.js';
import type { StageTiming } from '../pipeline.js';
import { checkJson, formatCheckReport } from '../check/format-check-report.js';
import { findChromium, openHtmlChecker } from '../check/html/index.js';
import { formatMs, useColor } from './terminal.js';

const exitCodes: Record<CheckOutcome, number> = { clean: 0, findings: 1, 'not-run': 2 };

/** Runs `blattwerk check`; resolves to the exit code. */
export async function checkCommand(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  if (positionals.length === 0) {
    process.stderr.write('blattwerk check: missing issue folder (or PDF or HTML file), e.g. `blattwerk check issues/2018-herbst`\n');
    return 2;
  }
  const missing = positionals.find((argument) => checkedKind(argument) !== 'issue' && statSync(argument, { throwIfNoEntry: false }) === undefined);
  if (missing !== undefined) {
    process.stderr.write(`blattwerk check: cannot find \`${missing}\`\n`);
    return 2;
  }
  // A PDF alone needs no browser; an issue folder or an HTML file does.
  const needsBrowser = positionals.some((argument) => checkedKind(argument) !== 'pdf');
  const chromium = needsBrowser ? findChromium() : { ok: true as const };
  if (!chromium.ok) {
    process.stderr.write(`blattwerk check: ${chromium.problem}\n`);
    return 2;
  }
  const json = values.json === true;
  const quiet = values.quiet === true || json;
  const color = useColor(values, process.stdout);
  const outDir = path.resolve((values.out as string | undefined) ?? 'output');
  const starting = needsBrowser ? openHtmlChecker() : undefined;
  let exit = 0;
  const results: ReturnType<typeof checkJson>[] = [];
  try {
    for (const dir of positionals) {
      if (!quiet) process.stderr.write(`${dir}\n`);
      const options = {
        outDir,
        htmlChecker: starting,
        onStage: quiet ? undefined : ({ stage, ms }: StageTiming) => process.stderr.write(`  ${stage.padEnd(12)} ${formatMs(ms).padStart(8)}\n`),
      };
      const file = checkedKind(dir) !== 'issue' && statSync(dir, { throwIfNoEntry: false })?.isFile() === true;
      const check = file ? await checkFile(dir, options) : await checkIssue(dir, options);
      exit = Math.max(exit, exitCodes[checkOutcome(check)]);
      if (json) results.push(checkJson(check));
      else process.stdout.write(formatCheckReport(check, { color, quiet }));
    }
  } finally {
    const start = await starting;
    if (start?.ok) await start.checker.close();
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return exit;
}
