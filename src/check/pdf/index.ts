/**
 * Blattwerk's own PDF/UA-1 checker: reads a produced PDF file (never the
 * renderer's bookkeeping) and decides the machine-checkable failure
 * conditions of the Matterhorn Protocol 1.1, one checkpoint group per file,
 * all listed here in the order they report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckpointGroup, PdfFinding, PdfReport } from './types.js';
import { readPdf } from './read-pdf.js';
import { documentGroup } from './document.js';
import { metadataGroup } from './metadata.js';
import { languageGroup } from './language.js';
import { contentGroup } from './content.js';
import { roleMapGroup } from './role-map.js';
import { figuresGroup } from './figures.js';
import { headingsGroup } from './headings.js';
import { listsGroup } from './lists.js';
import { tablesGroup } from './tables.js';
import { notesGroup } from './notes.js';
import { linksGroup } from './links.js';
import { annotationsGroup } from './annotations.js';
import { fontsGroup } from './fonts.js';
import { outlineGroup } from './outline.js';
import { finding } from './finding.js';

export type { PdfFinding, PdfReport } from './types.js';

/** The checkpoint groups, in the order their findings are reported. */
export const checkpointGroups: readonly CheckpointGroup[] = [
  documentGroup, metadataGroup, languageGroup, contentGroup, roleMapGroup, figuresGroup, headingsGroup,
  listsGroup, tablesGroup, notesGroup, linksGroup, annotationsGroup, fontsGroup, outlineGroup,
];

/** Checks a PDF file against PDF/UA-1; a file pdf-lib cannot parse gives one finding. */
export async function checkPdf(file: string): Promise<PdfReport> {
  const checked = checkpointGroups.flatMap((group) => group.checkpoints);
  const bytes = new Uint8Array(await readFile(file));
  let document;
  try {
    document = await readPdf(file, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, checked, findings: [finding('file', 'pdf-unreadable', `The file cannot be read as a PDF: ${reason}`)] };
  }
  const findings: PdfFinding[] = [];
  for (const group of checkpointGroups) findings.push(...group.run(document));
  return { file, checked, findings };
}

/** The report as text: one line per finding naming page, element and checkpoint, then a summary line. */
export function formatPdfReport(report: PdfReport): string {
  const name = path.basename(report.file);
  const lines = report.findings.map((f) => {
    const where = [f.page === undefined ? '' : `page ${f.page}`, f.element ?? ''].filter(Boolean).join(', ');
    return `${name}${where ? ` (${where})` : ''}: ${f.severity ?? 'error'}: ${f.message} [${f.checkpoint} ${f.rule}]`;
  });
  const errors = report.findings.filter((f) => f.severity === undefined).length;
  const warnings = report.findings.length - errors;
  const counts = [`${errors} error${errors === 1 ? '' : 's'}`, ...(warnings > 0 ? [`${warnings} warning${warnings === 1 ? '' : 's'}`] : [])].join(', ');
  lines.push(`${name}: ${report.findings.length === 0 ? 'no PDF/UA problems found' : counts} (${report.checked.length} checkpoints checked)`);
  return lines.join('\n') + '\n';
}
