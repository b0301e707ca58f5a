/**
 * Accessibility rules decided on the model, before either renderer runs:
 * alt text, heading levels, link texts, passages in another script without a
 * language. Language tags are checked where they are read (front matter and
 * `:lang`).
 */
import type { VFile } from 'vfile';
import type { Issue, Source } from '../types.js';
import { error, warn, type ProblemDetails } from '../../diagnostics/messages.js';
import type { RuleId } from '../../diagnostics/rule-ids.js';
import { figureAlt } from './figure-alt.js';
import { headingLevels } from './heading-levels.js';
import { linkText } from './link-text.js';
import { langUnmarked } from './lang-unmarked.js';

/** How rules report: by model source, which names the file and position. */
export interface RuleContext {
  error(source: Source, reason: string, ruleId: RuleId, details?: ProblemDetails): void;
  warn(source: Source, reason: string, ruleId: RuleId, details?: ProblemDetails): void;
}

/** A rule: reads the issue, reports through the context. */
export type Rule = (issue: Issue, context: RuleContext) => void;

/** The rules, in the order their messages are best read. */
export const rules: readonly Rule[] = [figureAlt, headingLevels, linkText, langUnmarked];

/** Runs every rule; messages land on the files the sources name. */
export function checkIssue(issue: Issue, files: ReadonlyMap<string, VFile>): void {
  const fileOf = (source: Source): VFile => {
    const file = files.get(source.file);
    if (file === undefined) throw new Error(`No file for model source ${source.file}`);
    return file;
  };
  const context: RuleContext = {
    error: (source, reason, ruleId, details) => void error(fileOf(source), reason, source.position, ruleId, details),
    warn: (source, reason, ruleId, details) => void warn(fileOf(source), reason, source.position, ruleId, details),
  };
  for (const rule of rules) rule(issue, context);
}
