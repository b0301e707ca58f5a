/**
 * The catalog's promises about the whole document: it is tagged (MarkInfo
 * Marked true, no Suspects), and viewers show its title rather than its file
 * name (ViewerPreferences DisplayDocTitle true).
 */
import { PDFBool } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import { booleanEntry, dictEntry, entry } from './pdf-objects.js';
import { finding } from './finding.js';

/** MarkInfo (PDF/UA-1 6.2, which Matterhorn does not number), 01-007 Suspects, 07-001 and 07-002 DisplayDocTitle. */
export const documentGroup: CheckpointGroup = {
  checkpoints: ['UA1:6.2', '01-007', '07-001', '07-002'],
  run({ context, catalog }) {
    const findings: PdfFinding[] = [];
    const markInfo = dictEntry(context, catalog, 'MarkInfo');
    if (booleanEntry(context, markInfo, 'Marked') !== true) {
      const what = markInfo === undefined ? 'has no MarkInfo dictionary' : 'has MarkInfo without /Marked true';
      findings.push(finding('UA1:6.2', 'mark-info', `The catalog ${what}, so readers treat the file as untagged.`));
    }
    if (booleanEntry(context, markInfo, 'Suspects') === true) {
      findings.push(finding('01-007', 'suspects', 'MarkInfo has /Suspects true, which says the tagging may be wrong.'));
    }
    const preferences = dictEntry(context, catalog, 'ViewerPreferences');
    const display = entry(context, preferences, 'DisplayDocTitle');
    if (!(display instanceof PDFBool)) {
      findings.push(finding('07-001', 'display-doc-title-missing', 'The catalog\'s ViewerPreferences have no DisplayDocTitle entry, so viewers show the file name instead of the title.'));
    } else if (!display.asBoolean()) {
      findings.push(finding('07-002', 'display-doc-title-false', 'ViewerPreferences has /DisplayDocTitle false, so viewers show the file name instead of the title.'));
    }
    return findings;
  },
};
