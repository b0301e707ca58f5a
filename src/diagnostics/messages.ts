/**
 * Content problems as data: every problem is a vfile message on the file it
 * was found in, with a place, a rule id and an optional note (a hint on how
 * to fix it). Nothing here throws; only bugs throw.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import type { RuleId } from './rule-ids.js';

/** Where a problem is: a point, a range, or nothing when the file has no lines. */
export type Place = Point | Position | undefined;

/** Extra facts about a problem. */
export interface ProblemDetails {
  /** A hint on how to fix it, shown under the message. */
  note?: string | undefined;
  /** Values that would be accepted instead, e.g. the nearest valid key. */
  expected?: string[] | undefined;
}

const origin = 'blattwerk';

/** Records an error: the build produces no output while one is present. */
export function error(file: VFile, reason: string, place: Place, ruleId: RuleId, details: ProblemDetails = {}): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: origin });
  message.fatal = true;
  decorate(message, details);
  return message;
}

/** Records a warning: printed, but the build goes on and exits 0. */
export function warn(file: VFile, reason: string, place: Place, ruleId: RuleId, details: ProblemDetails = {}): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: origin });
  message.fatal = false;
  decorate(message, details);
  return message;
}

function decorate(message: VFileMessage, details: ProblemDetails): void {
  if (details.note !== undefined) message.note = details.note;
  if (details.expected !== undefined) message.expected = details.expected;
}

/** True when any of the files carries an error. */
export function hasErrors(files: Iterable<VFile>): boolean {
  for (const file of files) if (file.messages.some((message) => message.fatal === true)) return true;
  return false;
}

/** Counts errors and warnings over files. */
export function countMessages(files: Iterable<VFile>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors += 1;
      else if (message.fatal === false) warnings += 1;
    }
  }
  return { errors, warnings };
}
