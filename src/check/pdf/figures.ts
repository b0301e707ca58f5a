/**
 * Alternative text: every Figure (or type mapped to Figure) needs a
 * non-empty /Alt or /ActualText, every Formula a non-empty /Alt, so a screen
 * reader has words for what is only drawn.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import { textEntry } from './pdf-objects.js';
import { at, finding } from './finding.js';

/** 13-004 Figure without alternative text, 17-002 Formula without Alt. */
export const figuresGroup: CheckpointGroup = {
  checkpoints: ['13-004', '17-002'],
  run({ context, tree }) {
    const findings: PdfFinding[] = [];
    for (const element of tree?.elements ?? []) {
      const alt = textEntry(context, element.dict, 'Alt')?.trim() ?? '';
      if (element.standard === 'Figure' && alt === '' && (textEntry(context, element.dict, 'ActualText')?.trim() ?? '') === '') {
        const has = textEntry(context, element.dict, 'Alt') === undefined ? 'has no /Alt' : 'has an empty /Alt';
        findings.push(finding('13-004', 'figure-alt-missing', `${element.label} ${has} and no /ActualText, so a screen reader cannot say what it shows.`, at(element)));
      }
      if (element.standard === 'Formula' && alt === '') {
        findings.push(finding('17-002', 'formula-alt-missing', `${element.label} has no /Alt describing the formula.`, at(element)));
      }
    }
    return findings;
  },
};
