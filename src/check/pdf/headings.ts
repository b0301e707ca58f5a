/**
 * Headings in reading order: numbered headings start at H1 and never skip a
 * level going down; a document uses either H or H1–H6, not both; and no
 * element holds more than one H.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { StructElement } from './structure-tree.js';
import { at, finding } from './finding.js';

/** 14-002 first heading not H1, 14-003 skipped level, 14-006 several H in one node, 14-007 H mixed with Hn. */
export const headingsGroup: CheckpointGroup = {
  checkpoints: ['14-002', '14-003', '14-006', '14-007'],
  run({ tree }) {
    if (tree === undefined) return [];
    const findings: PdfFinding[] = [];
    const numbered = tree.elements.filter((e) => levelOf(e) !== undefined);
    const plain = tree.elements.filter((e) => e.standard === 'H' && levelOf(e) === undefined);
    if (numbered.length > 0 && plain.length > 0) {
      findings.push(finding('14-007', 'heading-h-mixed', `The document uses both H (${plain[0]!.label}) and numbered headings (${numbered[0]!.label}).`, at(plain[0]!)));
    }
    let previous: StructElement | undefined;
    for (const heading of numbered) {
      const level = levelOf(heading)!;
      if (previous === undefined && level !== 1) {
        findings.push(finding('14-002', 'heading-first-not-h1', `The first heading is ${heading.role}, not H1.`, at(heading)));
      } else if (previous !== undefined && level > levelOf(previous)! + 1) {
        findings.push(finding('14-003', 'heading-skip', `${heading.label} follows ${previous.label}, skipping from level ${levelOf(previous)} to ${level}.`, at(heading)));
      }
      previous = heading;
    }
    const parents = new Set(plain.map((h) => h.parent));
    for (const parent of parents) {
      const own = plain.filter((h) => h.parent === parent);
      if (own.length > 1) {
        findings.push(finding('14-006', 'heading-h-several', `${parent?.label ?? 'The structure tree root'} holds ${own.length} H elements; use one per section.`, at(own[1]!)));
      }
    }
    return findings;
  },
};

/** The level of a numbered heading: from its written role (H1, H2, … also H7 and beyond), else from the standard type it maps to. */
function levelOf(element: StructElement): number | undefined {
  const match = /^H([1-9]\d*)$/.exec(element.role) ?? /^H([1-6])$/.exec(element.standard ?? '');
  return match === null ? undefined : Number(match[1]);
}
