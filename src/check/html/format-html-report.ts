/**
 * The HTML findings as text: one block per finding with the source place
 * (or the element), the runner and rule, the message, the element's markup
 * and its selector; then the checks that ran. Returns a string; the CLI prints.
 */
import path from 'node:path';
import type { HtmlFinding, HtmlReport } from './findings.js';

/** Options of the text form. */
export interface HtmlReportFormat {
  /** Paths are shown relative to this folder. */
  cwd?: string;
  /** Leave out the list of checks that ran. */
  quiet?: boolean;
}

/** Formats the findings of one page, headed by the page and their count. */
export function formatHtmlReport(report: HtmlReport, options: HtmlReportFormat = {}): string {
  const file = path.relative(options.cwd ?? process.cwd(), report.file) || report.file;
  const count = report.findings.length;
  const lines = [`HTML ${file}: ${count === 0 ? 'no findings' : `${count} ${count === 1 ? 'finding' : 'findings'}`}`];
  for (const finding of report.findings) lines.push(...formatFinding(finding));
  if (!options.quiet) lines.push(...report.checked.map((check) => `  checked: ${check}`));
  return `${lines.join('\n')}\n`;
}

function formatFinding(finding: HtmlFinding): string[] {
  const where = finding.source ? `${finding.source}: ${finding.element}` : finding.element;
  const lines = [`  ${where}: ${finding.message} [${finding.runner} ${finding.rule}]`];
  if (finding.context) lines.push(`    ${oneLine(finding.context)}`);
  if (finding.selector) lines.push(`    at ${finding.selector}`);
  if (finding.help) lines.push(`    see ${finding.help}`);
  return lines;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
