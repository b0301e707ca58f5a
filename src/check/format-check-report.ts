/**
 * An issue's check as text and as JSON, grouped: the content messages, the
 * PDF findings, the HTML findings, then a one-line verdict. Reporters return
 * strings; the CLI decides where to print them.
 */
import path from 'node:path';
import { messageData, report } from '../diagnostics/reporter.js';
import { countMessages } from '../diagnostics/messages.js';
import { formatPdfReport } from './pdf/index.js';
import { formatHtmlReport } from './html/format-html-report.js';
import { checkOutcome, countFindings, type IssueCheck } from './index.js';

/** Options of the text form. */
export interface CheckReportFormat {
  color?: boolean;
  /** Only errors and findings: no warnings, no list of checks, nothing when clean. */
  quiet?: boolean;
  /** Paths are shown relative to this folder. */
  cwd?: string;
}

/** The check of one issue as text. */
export function formatCheckReport(check: IssueCheck, options: CheckReportFormat = {}): string {
  const quiet = options.quiet === true;
  const outcome = checkOutcome(check);
  const parts: string[] = [];
  const content = report(check.files, { color: options.color === true, quiet });
  const { errors, warnings } = countMessages(check.files);
  if (content !== '') parts.push(`Content: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}\n${content}`);
  // A PDF or HTML file checked as it is has no content of ours to report on.
  else if (!quiet && check.files.length > 0) parts.push('Content: no problems\n');
  if (errors > 0) parts.push(`${check.dir}: not built, so the PDF and the HTML were not checked\n`);
  if (check.pdf && (!quiet || check.pdf.findings.length > 0)) {
    const file = path.relative(options.cwd ?? process.cwd(), check.pdf.file) || check.pdf.file;
    parts.push(`PDF ${file}\n${formatPdfReport(check.pdf).replace(/^(?=.)/gm, '  ')}`);
  }
  if (check.html && (!quiet || check.html.findings.length > 0)) parts.push(formatHtmlReport(check.html, { quiet, cwd: options.cwd ?? process.cwd() }));
  if (check.problem !== undefined) parts.push(`${check.dir}: could not check: ${check.problem}\n`);
  if (!quiet || outcome !== 'clean') parts.push(`${check.dir}: ${verdict(check)}\n`);
  return parts.join('\n');
}

function verdict(check: IssueCheck): string {
  const outcome = checkOutcome(check);
  if (outcome === 'not-run') return 'check incomplete';
  const { errors } = countMessages(check.files);
  if (errors > 0) return `${errors} content ${errors === 1 ? 'error' : 'errors'}`;
  const { pdf, html, total } = countFindings(check);
  const counts = [check.pdf ? `PDF ${pdf}` : undefined, check.html ? `HTML ${html}` : undefined].filter((part) => part !== undefined).join(', ');
  return `${total === 0 ? 'passed' : `${total} ${total === 1 ? 'finding' : 'findings'}`} (${counts}) in ${(check.ms / 1000).toFixed(1)} s`;
}

/** The check of one issue as plain data, for `--json`. */
export function checkJson(check: IssueCheck, cwd: string = process.cwd()) {
  return {
    dir: check.dir,
    outcome: checkOutcome(check),
    written: check.written === undefined ? undefined : path.relative(cwd, check.written) || check.written,
    problem: check.problem,
    messages: messageData(check.files).map(({ frame: _frame, ...rest }) => rest),
    pdf: check.pdf,
    html: check.html,
    timings: check.timings.map(({ stage, ms }) => ({ stage, ms: Math.round(ms) })),
    ms: Math.round(check.ms),
  };
}
