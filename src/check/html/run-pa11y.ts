/**
 * pa11y with both of its runners, HTML_CodeSniffer and axe, to the WCAG2AA
 * standard, on a page already loaded in the shared browser. Errors only,
 * as pa11y's CLI counts them; axe results that need review count by their
 * impact, as pa11y does by default (serious and critical are errors).
 */
import pa11y from 'pa11y';
import type { Browser, Page } from 'puppeteer';
import type { RawFinding } from './findings.js';

/** The runners and the standard, as the report names them. */
export const pa11yRunners = ['htmlcs', 'axe'] as const;

/** Runs pa11y on the loaded `page` (at `url`) and returns its errors. */
export async function runPa11y(browser: Browser, page: Page, url: string): Promise<RawFinding[]> {
  const results = await pa11y(url, { browser, page, ignoreUrl: true, runners: [...pa11yRunners], standard: 'WCAG2AA', timeout: 60_000 });
  return results.issues
    .filter((issue) => issue.type === 'error')
    .map((issue) => {
      const helpUrl = issue.runnerExtras?.helpUrl;
      return {
        runner: issue.runner === 'axe' ? 'pa11y-axe' : 'pa11y-htmlcs',
        rule: issue.code,
        message: issue.runner === 'axe' ? issue.message.replace(/ \(https?:[^)]*\)$/, '') : issue.message,
        selector: issue.selector,
        context: issue.context ?? undefined,
        help: typeof helpUrl === 'string' ? helpUrl.replace(/\?.*$/, '') : undefined,
      };
    });
}
