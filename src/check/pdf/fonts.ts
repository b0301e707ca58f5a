/**
 * Fonts of shown text: every font program embedded (the standard 14 too),
 * CIDFontType2 fonts with a CIDToGIDMap, and every shown character code
 * mapped to Unicode by the ToUnicode CMap (to text that is neither U+0000
 * nor a byte order mark), never to the .notdef glyph.
 */
import { PDFStream, type PDFContext } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { FontUse } from './content-scan.js';
import { dictEntry, entry, nameEntry, nameOf, numberEntry, streamBytes, textEntry } from './pdf-objects.js';
import { standard14 } from './font-info.js';
import { finding } from './finding.js';

const standardEncodings = new Set(['StandardEncoding', 'MacRomanEncoding', 'WinAnsiEncoding']);
const cjkOrderings = new Set(['GB1', 'CNS1', 'Japan1', 'Korea1']);

/** 31-004, 31-005 CIDToGIDMap, 31-009 not embedded, 31-027 no ToUnicode, 31-028/31-029 bad Unicode values, 31-030 .notdef, 10-001 unmapped codes. */
export const fontsGroup: CheckpointGroup = {
  checkpoints: ['10-001', '31-004', '31-005', '31-009', '31-027', '31-028', '31-029', '31-030'],
  run({ context, content }) {
    const findings: PdfFinding[] = [];
    for (const use of content.fonts.values()) {
      if (use.codes.size === 0) continue;
      const { font } = use;
      const name = `${font.baseFont ?? use.resourceName} (/${use.resourceName}${font.ref ? `, object ${font.ref.objectNumber}` : ''})`;
      const place = { page: Math.min(...use.pages), element: `Font ${font.baseFont ?? use.resourceName}` };
      const fail = (checkpoint: string, rule: string, message: string) => findings.push(finding(checkpoint, rule, message, place));
      if (font.subtype !== 'Type3') {
        const descriptor = font.descriptor;
        const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => entry(context, descriptor, key) instanceof PDFStream);
        if (!embedded) {
          const standard = standard14.has((font.baseFont ?? '').replace(/^[A-Z]{6}\+/, '')) ? ', a standard 14 font that viewers substitute,' : '';
          fail('31-009', 'font-not-embedded', `The font ${name}${standard} is used for text but its font program is not embedded.`);
        }
      }
      if (nameEntry(context, font.descendant, 'Subtype') === 'CIDFontType2') {
        const map = entry(context, font.descendant, 'CIDToGIDMap');
        if (map === undefined) fail('31-005', 'font-cidtogidmap-missing', `The CIDFontType2 font ${name} has no CIDToGIDMap.`);
        else if (!(map instanceof PDFStream) && nameOf(map) !== 'Identity') fail('31-004', 'font-cidtogidmap-invalid', `The CIDFontType2 font ${name} has a CIDToGIDMap that is neither a stream nor /Identity.`);
      }
      const notdef = notdefCodes(context, use);
      if (notdef.length > 0) fail('31-030', 'font-notdef', `Text in ${name} shows the .notdef glyph (code${notdef.length === 1 ? '' : 's'} ${hexList(notdef)}).`);
      if (font.toUnicode === undefined) {
        if (!mapsWithoutToUnicode(context, use)) fail('31-027', 'font-tounicode-missing', `The font ${name} has no ToUnicode CMap, and its encoding does not say which characters its codes stand for.`);
        continue;
      }
      if (font.toUnicode === 'unreadable') {
        fail('10-001', 'font-tounicode-unreadable', `The ToUnicode CMap of ${name} cannot be decoded.`);
        continue;
      }
      const unmapped: number[] = [], zero: number[] = [], bom: number[] = [];
      for (const code of [...use.codes].sort((a, b) => a - b)) {
        const text = font.toUnicode.unicode.get(code);
        if (text === undefined || text === '') unmapped.push(code);
        else if (text.includes('\u0000')) zero.push(code);
        else if (/[\uFEFF\uFFFE]/.test(text)) bom.push(code);
      }
      if (unmapped.length > 0) fail('10-001', 'font-code-unmapped', `The ToUnicode CMap of ${name} does not map the shown code${unmapped.length === 1 ? '' : 's'} ${hexList(unmapped)} to Unicode.`);
      if (zero.length > 0) fail('31-028', 'font-unicode-zero', `The ToUnicode CMap of ${name} maps code${zero.length === 1 ? '' : 's'} ${hexList(zero)} to U+0000.`);
      if (bom.length > 0) fail('31-029', 'font-unicode-bom', `The ToUnicode CMap of ${name} maps code${bom.length === 1 ? '' : 's'} ${hexList(bom)} to U+FEFF or U+FFFE.`);
    }
    return findings;
  },
};

function hexList(codes: number[]): string {
  const shown = codes.slice(0, 8).map((code) => `<${code.toString(16).toUpperCase().padStart(code > 0xff ? 4 : 2, '0')}>`);
  return shown.join(', ') + (codes.length > 8 ? ` and ${codes.length - 8} more` : '');
}

/** Fonts that need no ToUnicode (31-027): simple fonts with a standard Latin encoding, and CIDFonts of the Adobe CJK orderings. */
function mapsWithoutToUnicode(context: PDFContext, { font }: FontUse): boolean {
  if (font.subtype === 'Type0') {
    const ordering = textEntry(context, dictEntry(context, font.descendant, 'CIDSystemInfo'), 'Ordering');
    return !font.identity && ordering !== undefined && cjkOrderings.has(ordering);
  }
  if (font.subtype === 'Type3') return false;
  const encoding = nameEntry(context, font.dict, 'Encoding') ?? nameEntry(context, dictEntry(context, font.dict, 'Encoding'), 'BaseEncoding');
  const symbolic = ((numberEntry(context, font.descriptor, 'Flags') ?? 0) & 4) !== 0;
  return encoding !== undefined && standardEncodings.has(encoding) && !symbolic;
}

/** Shown codes that select glyph 0 (.notdef) of a CIDFontType2 font with Identity encoding. */
function notdefCodes(context: PDFContext, { font, codes }: FontUse): number[] {
  if (!font.identity || nameEntry(context, font.descendant, 'Subtype') !== 'CIDFontType2') return [];
  const map = entry(context, font.descendant, 'CIDToGIDMap');
  const table = map instanceof PDFStream ? streamBytes(map) : undefined;
  return [...codes].filter((cid) => {
    if (table === undefined) return cid === 0;
    return 2 * cid + 1 >= table.length || (table[2 * cid]! === 0 && table[2 * cid + 1]! === 0);
  });
}
