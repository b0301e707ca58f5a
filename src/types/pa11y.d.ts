/** pa11y ships no type declarations; these cover the part of its library API the HTML checks use. */
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  /** One problem a runner found. */
  export interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    typeCode: number;
    message: string;
    context: string | null;
    selector: string;
    runner: string;
    runnerExtras?: Record<string, unknown>;
  }

  /** What a pa11y run returns. */
  export interface Pa11yResults {
    documentTitle: string;
    pageUrl: string;
    issues: Pa11yIssue[];
  }

  /** The options Blattwerk passes. */
  export interface Pa11yOptions {
    browser?: Browser;
    page?: Page;
    ignoreUrl?: boolean;
    runners?: string[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
    chromeLaunchConfig?: Record<string, unknown>;
    wait?: number;
  }

  function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>;
  export default pa11y;
}
