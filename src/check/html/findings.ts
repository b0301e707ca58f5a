/** What the HTML checks report: findings with the element and, where known, its place in the source. */

/** The check that made a finding. */
export type HtmlRunner = 'pa11y-htmlcs' | 'pa11y-axe' | 'axe-core' | 'keyboard' | 'browser';

/** A finding as a runner reports it, before it is tied to an element's facts. */
export interface RawFinding {
  runner: HtmlRunner;
  /** The runner's rule id (an HTML_CodeSniffer code, an axe rule id, a Blattwerk keyboard rule). */
  rule: string;
  message: string;
  /** CSS selector of the element ('' when the finding is about the page). */
  selector: string;
  /** Markup of the element as the runner quotes it. */
  context?: string | undefined;
  /** A page explaining the rule. */
  help?: string | undefined;
}

/** One accessibility problem of the HTML page. */
export interface HtmlFinding extends RawFinding {
  /** The element in words: its tag and text, e.g. `img "Porträt von …"`. */
  element: string;
  /** `file:line:column` of the content that made the element, when it can be traced. */
  source?: string | undefined;
}

/** What the HTML checks found on one page. */
export interface HtmlReport {
  /** The checked `index.html`. */
  file: string;
  findings: HtmlFinding[];
  /** The checks that ran, in words (e.g. `pa11y 9.1.1 htmlcs WCAG2AA`). */
  checked: string[];
  /** Milliseconds the checks of this page took. */
  ms: number;
}
