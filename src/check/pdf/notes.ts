/**
 * Notes: every Note structure element carries an /ID, unique in the
 * document, so references to it can be resolved.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import { bytesOf, entry } from './pdf-objects.js';
import { at, finding } from './finding.js';

/** 19-003 Note without ID, 19-004 duplicate Note ID. */
export const notesGroup: CheckpointGroup = {
  checkpoints: ['19-003', '19-004'],
  run({ context, tree }) {
    const findings: PdfFinding[] = [];
    const seen = new Map<string, string>();
    for (const element of tree?.elements ?? []) {
      if (element.standard !== 'Note') continue;
      const id = bytesOf(entry(context, element.dict, 'ID'));
      if (id === undefined || id.length === 0) {
        findings.push(finding('19-003', 'note-id-missing', `${element.label} has no /ID.`, at(element)));
        continue;
      }
      const key = Buffer.from(id).toString('hex');
      const first = seen.get(key);
      if (first !== undefined) findings.push(finding('19-004', 'note-id-duplicate', `${element.label} has the same /ID as ${first}.`, at(element)));
      else seen.set(key, element.label);
    }
    return findings;
  },
};
