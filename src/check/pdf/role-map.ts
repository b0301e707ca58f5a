/**
 * Structure types and the role map: every type used must be standard or
 * map, through the role map, to a standard type; the map must have no
 * cycles and must not remap the standard types themselves.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import { standardTypes } from './structure-tree.js';
import { at, finding } from './finding.js';

/** 02-001 unmapped non-standard types, 02-003 circular mappings, 02-004 remapped standard types. */
export const roleMapGroup: CheckpointGroup = {
  checkpoints: ['02-001', '02-003', '02-004'],
  run({ tree }) {
    if (tree === undefined) return [];
    const findings: PdfFinding[] = [];
    const { roleMap } = tree;
    for (const [from, to] of roleMap) {
      if (standardTypes.has(from)) findings.push(finding('02-004', 'role-map-standard', `The role map remaps the standard type ${from} to ${to}.`));
    }
    const inCycle = new Set<string>();
    for (const start of roleMap.keys()) {
      const path: string[] = [];
      for (let role: string | undefined = start; role !== undefined && !standardTypes.has(role); role = roleMap.get(role)) {
        const seen = path.indexOf(role);
        if (seen !== -1) {
          const cycle = path.slice(seen);
          if (!cycle.some((r) => inCycle.has(r))) {
            cycle.forEach((r) => inCycle.add(r));
            findings.push(finding('02-003', 'role-map-cycle', `The role map is circular: ${[...cycle, role].join(' → ')}.`));
          }
          break;
        }
        path.push(role);
      }
    }
    const reported = new Set<string>();
    for (const element of tree.elements) {
      if (element.standard !== undefined || reported.has(element.role) || mapsIntoCycle(element.role, roleMap, inCycle)) continue;
      reported.add(element.role);
      const count = tree.elements.filter((e) => e.role === element.role).length;
      const used = count === 1 ? 'is used once' : `is used ${count} times`;
      const message = element.role === ''
        ? 'A structure element has no structure type (/S).'
        : `The structure type ${element.role} ${used} and is neither standard nor role-mapped to a standard type.`;
      findings.push(finding('02-001', 'structure-type-unknown', message, at(element)));
    }
    for (const [from] of roleMap) {
      if (reported.has(from) || standardTypes.has(from) || mapsIntoCycle(from, roleMap, inCycle)) continue;
      let role: string | undefined = from;
      const seen = new Set<string>();
      while (role !== undefined && !standardTypes.has(role) && !seen.has(role)) {
        seen.add(role);
        role = roleMap.get(role);
      }
      if (role === undefined) findings.push(finding('02-001', 'role-map-dead-end', `The role map maps ${from} to a chain that ends without a standard type.`));
    }
    return findings;
  },
};

function mapsIntoCycle(role: string, roleMap: ReadonlyMap<string, string>, inCycle: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  for (let r: string | undefined = role; r !== undefined && !seen.has(r); r = roleMap.get(r)) {
    if (inCycle.has(r)) return true;
    seen.add(r);
  }
  return false;
}
