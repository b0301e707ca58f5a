/**
 * Tables as ISO 32000-1 Table 337 defines them (Table → THead/TBody/TFoot →
 * TR → TH/TD), and header cells whose scope a screen reader can tell: in a
 * table whose cells do not name their headers (Headers/ID), every TH needs
 * a Scope attribute.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { StructElement } from './structure-tree.js';
import type { PdfDocument } from './read-pdf.js';
import { attributesOf } from './attributes.js';
import { at, finding } from './finding.js';
import { nameOf } from './pdf-objects.js';

const allowedKids: Record<string, readonly string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'], TBody: ['TR'], TFoot: ['TR'],
  TR: ['TH', 'TD'],
};
const allowedParents: Record<string, readonly string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'], TD: ['TR'],
  THead: ['Table'], TBody: ['Table'], TFoot: ['Table'],
};

/** 09-004 table structure, 15-003 TH without Scope. */
export const tablesGroup: CheckpointGroup = {
  checkpoints: ['09-004', '15-003'],
  run(document) {
    const findings: PdfFinding[] = [];
    for (const element of document.tree?.elements ?? []) {
      const standard = element.standard ?? '';
      const parents = allowedParents[standard];
      if (parents !== undefined && !parents.includes(element.parent?.standard ?? '')) {
        findings.push(finding('09-004', 'table-structure', `${element.label} is inside ${element.parent?.label ?? 'the tree root'}; it belongs inside ${parents.join(' or ')}.`, at(element)));
      }
      const kids = allowedKids[standard];
      if (kids === undefined) continue;
      const wrong = element.kids.find((kid) => kid.type === 'element' && !kids.includes(kid.element.standard ?? ''));
      if (wrong?.type === 'element') {
        findings.push(finding('09-004', 'table-structure', `${element.label} contains ${wrong.element.label}; it may contain only ${kids.join(', ')}.`, at(element)));
      } else if (element.kids.some((kid) => kid.type === 'mcid')) {
        findings.push(finding('09-004', 'table-structure', `${element.label} holds content directly instead of in ${kids.join(' or ')} elements.`, at(element)));
      }
      if (standard === 'Table') findings.push(...scopes(document, element));
    }
    return findings;
  },
};

function scopes({ context }: PdfDocument, table: StructElement): PdfFinding[] {
  const cells: StructElement[] = [];
  const collect = (element: StructElement) => {
    for (const kid of element.kids) {
      if (kid.type !== 'element' || kid.element.standard === 'Table') continue;
      if (kid.element.standard === 'TH' || kid.element.standard === 'TD') cells.push(kid.element);
      else collect(kid.element);
    }
  };
  collect(table);
  if (cells.some((cell) => attributesOf(context, cell.dict, 'Table').has('Headers'))) return [];
  return cells
    .filter((cell) => cell.standard === 'TH' && !['Row', 'Column', 'Both'].includes(nameOf(attributesOf(context, cell.dict, 'Table').get('Scope')) ?? ''))
    .map((cell) => finding('15-003', 'table-header-scope', `${cell.label} in ${table.label} has no Scope attribute (Row, Column or Both), and the table's cells do not name their headers.`, at(cell)));
}
