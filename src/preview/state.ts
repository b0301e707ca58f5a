/**
 * What the preview knows about its issue, as `/api/state` answers and as
 * every event carries it: the last build's messages and timings, the
 * versions of the last good HTML and PDF, and the accessibility findings.
 * The preview page imports these types only.
 */
import type { MessageData } from '../diagnostics/reporter.js';
import type { StageTiming } from '../pipeline.js';

/** A message of a build, with the text the CLI prints for it (code frame and hint included). */
export interface PreviewMessage extends MessageData {
  text: string;
}

/** The last good build of one output. */
export interface BuiltOutput {
  /** A hash of the output's files: the page reloads a pane when it changes. */
  version: string;
  /** The build that wrote it. */
  build: number;
  /** Milliseconds from the start of the build to the output written. */
  ms: number;
}

/** One finding of the accessibility checks, where it was found and, when known, where in the source it comes from. */
export interface Finding {
  /** Which check found it, e.g. `pdf`, `axe`, `htmlcs`. */
  checker: string;
  severity: 'error' | 'warning';
  rule: string | undefined;
  message: string;
  /** The source place, `file:line:column` relative to the working directory, when the finding knows it. */
  file: string | undefined;
  line: number | undefined;
  column: number | undefined;
  /** Where in the HTML: a CSS selector of the element. */
  selector: string | undefined;
  /** Where in the PDF: a page number. */
  page: number | undefined;
}

/** The accessibility checks of the last good build. */
export interface ChecksState {
  status: 'waiting' | 'running' | 'done' | 'unavailable' | 'failed';
  /** The build the findings belong to. */
  build: number | undefined;
  findings: Finding[];
  /** Why the checks are unavailable or failed, in plain words. */
  note: string | undefined;
}

/** Everything the preview page shows. */
export interface PreviewState {
  /** The slug: the output folder's name and the PDF's file name. */
  slug: string;
  /** The issue folder as given on the command line. */
  source: string;
  /** Builds started so far. */
  build: number;
  /** True while a change waits or a build runs. */
  busy: boolean;
  /** `error` when the last build stopped on errors; the last good outputs stay in place. */
  status: 'starting' | 'ok' | 'error';
  html: BuiltOutput | undefined;
  pdf: (BuiltOutput & { pages: number; bytes: number }) | undefined;
  /** The last build's messages, errors and warnings. */
  messages: PreviewMessage[];
  /** The one-line count the CLI prints under the messages, e.g. "1 error, 2 warnings". */
  summary: string;
  /** Stage timings of the last build: the HTML pass and the PDF pass. */
  timings: { html: StageTiming[]; pdf: StageTiming[] };
  checks: ChecksState;
}
