/**
 * axe-core on its own, with the tags of WCAG 2.0, 2.1 and 2.2 A and AA and
 * axe's best practices: every violation is a finding, whatever its impact.
 * The axe-core is the copy pa11y bundles, injected into the loaded page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import type { AxeResults } from 'axe-core';
import type { RawFinding } from './findings.js';
import { requireFromPa11y } from './launch-chromium.js';

/** The axe tags the check runs. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** The axe-core version the check injects. */
export const axeVersion: string = (requireFromPa11y('axe-core/package.json') as { version: string }).version;

let axeSource: string | undefined;

/** Runs axe-core on the loaded page and returns its violations. */
export async function runAxe(page: Page): Promise<RawFinding[]> {
  axeSource ??= readFileSync(requireFromPa11y.resolve('axe-core/axe.min.js'), 'utf8');
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags: readonly string[]) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: [...tags] }, resultTypes: ['violations'] }),
    axeTags,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      runner: 'axe-core' as const,
      rule: violation.id,
      message: node.failureSummary ? `${violation.help}: ${node.failureSummary.replace(/\s*\n\s*/g, ' ')}` : violation.help,
      selector: node.target.map(String).join(' '),
      context: node.html,
      help: violation.helpUrl.replace(/\?.*$/, ''),
    })),
  );
}
