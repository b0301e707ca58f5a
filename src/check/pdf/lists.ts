/**
 * Lists as ISO 32000-1 Table 336 defines them: an L holds LI elements (and a
 * Caption), each LI holds a Lbl and/or an LBody, and LI and LBody occur
 * nowhere else.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { StructElement } from './structure-tree.js';
import { at, finding } from './finding.js';

/** 09-005 list structure. */
export const listsGroup: CheckpointGroup = {
  checkpoints: ['09-005'],
  run({ tree }) {
    const findings: PdfFinding[] = [];
    const fail = (element: StructElement, message: string) => findings.push(finding('09-005', 'list-structure', message, at(element)));
    for (const element of tree?.elements ?? []) {
      const kids = element.kids.flatMap((kid) => (kid.type === 'element' ? [kid.element] : []));
      const hasContent = element.kids.some((kid) => kid.type !== 'element');
      switch (element.standard) {
        case 'L': {
          const wrong = kids.find((kid) => kid.standard !== 'LI' && kid.standard !== 'Caption');
          if (wrong !== undefined) fail(element, `${element.label} contains ${wrong.label}; a list may contain only LI (and a Caption).`);
          else if (hasContent) fail(element, `${element.label} holds content directly instead of in LI elements.`);
          break;
        }
        case 'LI': {
          if (element.parent?.standard !== 'L') fail(element, `${element.label} is inside ${element.parent?.label ?? 'the tree root'}, not inside an L.`);
          const wrong = kids.find((kid) => kid.standard !== 'Lbl' && kid.standard !== 'LBody');
          if (wrong !== undefined) fail(element, `${element.label} contains ${wrong.label}; a list item may contain only Lbl and LBody.`);
          else if (hasContent) fail(element, `${element.label} holds content directly instead of in Lbl or LBody.`);
          else if (kids.length === 0) fail(element, `${element.label} has neither a Lbl nor an LBody.`);
          break;
        }
        case 'LBody':
          if (element.parent?.standard !== 'LI') fail(element, `${element.label} is inside ${element.parent?.label ?? 'the tree root'}, not inside an LI.`);
          break;
      }
    }
    return findings;
  },
};
