/**
 * The checker can fail: each case plants exactly one defect in the minimal
 * fixture's real PDF (edited with pdf-lib at run time) and expects exactly
 * the findings of that defect, by Matterhorn checkpoint, rule, page and
 * element, and nothing else.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFDocument } from 'pdf-lib';
import { checkPdf, type PdfFinding } from '../../../src/check/pdf/index.js';
import {
  element, elements, firstPage, get, loadPdf, look, pageContent, pageFonts, parentTreeArray, replaceOnce, saveTemp, setPageContent,
  setRole, setStreamText, streamText, treeRoot,
} from './edit-pdf.js';

const minimalPdf = () => path.join(inject('outDir'), 'minimal', 'minimal.pdf');

/** A finding in short: checkpoint, rule, page and element. */
function short(f: PdfFinding): string {
  return [f.checkpoint, f.rule, f.page === undefined ? '-' : `p${f.page}`, f.element ?? '-'].join(' ');
}

/** The findings of the minimal PDF after an edit. */
async function findingsAfter(edit: (doc: PDFDocument) => unknown): Promise<string[]> {
  const doc = await loadPdf(minimalPdf());
  await edit(doc);
  const report = await checkPdf(await saveTemp(doc));
  return report.findings.map(short);
}

describe('the unedited minimal PDF', () => {
  test('has no findings, also after a pdf-lib round trip', async () => {
    expect((await checkPdf(minimalPdf())).findings).toEqual([]);
    expect(await findingsAfter(() => {})).toEqual([]);
  });
});

describe('a file that is not a PDF', () => {
  test('gives one finding instead of throwing', async () => {
    const file = await saveTemp(await loadPdf(minimalPdf()), 'not-a.pdf');
    writeFileSync(file, 'Liebe Leserinnen und Leser,\n');
    expect((await checkPdf(file)).findings.map(short)).toEqual(['file pdf-unreadable - -']);
  });
});

describe('document and metadata', () => {
  test('UA1:6.2 MarkInfo removed', async () => {
    expect(await findingsAfter((doc) => doc.catalog.delete(PDFName.of('MarkInfo')))).toEqual(['UA1:6.2 mark-info - -']);
  });

  test('01-007 Suspects true', async () => {
    expect(await findingsAfter((doc) => get<PDFDict>(doc, doc.catalog, 'MarkInfo').set(PDFName.of('Suspects'), PDFBool.True))).toEqual(['01-007 suspects - -']);
  });

  test('07-001 DisplayDocTitle removed', async () => {
    expect(await findingsAfter((doc) => get<PDFDict>(doc, doc.catalog, 'ViewerPreferences').delete(PDFName.of('DisplayDocTitle')))).toEqual(['07-001 display-doc-title-missing - -']);
  });

  test('07-002 DisplayDocTitle false', async () => {
    expect(await findingsAfter((doc) => get<PDFDict>(doc, doc.catalog, 'ViewerPreferences').set(PDFName.of('DisplayDocTitle'), PDFBool.False))).toEqual(['07-002 display-doc-title-false - -']);
  });

  test('06-001 XMP metadata removed', async () => {
    expect(await findingsAfter((doc) => doc.catalog.delete(PDFName.of('Metadata')))).toEqual(['06-001 xmp-missing - -']);
  });

  test('06-001 XMP metadata not well-formed', async () => {
    expect(await findingsAfter((doc) => editXmp(doc, (xmp) => replaceOnce(xmp, '</dc:title>', '</dc:titel>')))).toEqual(['06-001 xmp-malformed - -']);
  });

  test('06-001 header version older than 1.4', async () => {
    const file = await saveTemp(await loadPdf(minimalPdf()));
    const bytes = readFileSync(file);
    bytes.write('%PDF-1.3', 0, 'latin1');
    writeFileSync(file, bytes);
    expect((await checkPdf(file)).findings.map(short)).toEqual(['06-001 pdf-version - -']);
  });

  test('06-002 pdfuaid:part changed to 2', async () => {
    expect(await findingsAfter((doc) => editXmp(doc, (xmp) => replaceOnce(xmp, '<pdfuaid:part>1<', '<pdfuaid:part>2<')))).toEqual(['06-002 pdfuaid-part - -']);
  });

  test('06-002 PDF/UA identification removed', async () => {
    expect(await findingsAfter((doc) => editXmp(doc, (xmp) => replaceOnce(xmp, '<pdfuaid:part>1</pdfuaid:part>', '')))).toEqual(['06-002 pdfuaid-part - -']);
  });

  test('06-003 dc:title removed', async () => {
    expect(await findingsAfter((doc) => editXmp(doc, (xmp) => xmp.replace(/<dc:title>[\s\S]*?<\/dc:title>/, '')))).toEqual(['06-003 dc-title-missing - -']);
  });

  test('06-003 Info Title removed', async () => {
    expect(await findingsAfter((doc) => look<PDFDict>(doc, doc.context.trailerInfo.Info).delete(PDFName.of('Title')))).toEqual(['06-003 info-title-missing - -']);
  });
});

describe('language', () => {
  test('11-001 a Span with an invalid /Lang', async () => {
    expect(await findingsAfter((doc) => element(doc, 'Span').set(PDFName.of('Lang'), PDFString.of('english!')))).toEqual(['11-001 lang-invalid p1 Span #1']);
  });

  test('11-003 and 11-006 catalog /Lang removed (the Document element still gives the text a language)', async () => {
    expect(await findingsAfter((doc) => doc.catalog.delete(PDFName.of('Lang')))).toEqual(['11-003 lang-outline - -', '11-006 lang-metadata - -']);
  });

  test('11-001 catalog and Document /Lang removed', async () => {
    const found = await findingsAfter((doc) => {
      doc.catalog.delete(PDFName.of('Lang'));
      element(doc, 'Document').delete(PDFName.of('Lang'));
    });
    expect(found).toEqual(['11-001 lang-missing p1 H1 #1', '11-003 lang-outline - -', '11-004 lang-annotation p1 -', '11-006 lang-metadata - -']);
  });
});

describe('content', () => {
  test('01-005 untagged text appended to the page', async () => {
    expect(await findingsAfter((doc) => setPageContent(doc, pageContent(doc) + '\nBT /F2 12 Tf 100 100 Td <0001> Tj ET\n'))).toEqual(['01-005 content-untagged p1 -']);
  });

  test('01-005 untagged path in a form XObject painted outside marked content', async () => {
    expect(await findingsAfter((doc) => paintForm(doc, '0 0 10 10 re f', 'q /Fm9 Do Q'))).toEqual(['01-005 content-untagged p1 -']);
  });

  test('a form XObject painted inside an Artifact is covered by it', async () => {
    expect(await findingsAfter((doc) => paintForm(doc, '0 0 10 10 re f', '/Artifact BMC q /Fm9 Do Q EMC'))).toEqual([]);
  });

  test('01-003 an Artifact inside tagged content', async () => {
    expect(await findingsAfter((doc) => setPageContent(doc, replaceOnce(pageContent(doc), '/MCID 0\n>> BDC\n', '/MCID 0\n>> BDC\n/Artifact BMC\nEMC\n')))).toEqual(['01-003 artifact-in-tagged p1 -']);
  });

  test('01-004 tagged content inside an Artifact', async () => {
    expect(await findingsAfter((doc) => setPageContent(doc, `/Artifact BMC\n${pageContent(doc)}\nEMC\n`))).toEqual(['01-004 tagged-in-artifact p1 -']);
  });

  test('01-005 an MCID missing from the ParentTree', async () => {
    expect(await findingsAfter((doc) => parentTreeArray(doc, 0).set(3, doc.context.obj(null)))).toEqual(['01-005 mcid-not-in-parent-tree p1 -']);
  });

  test('01-005 an MCID no structure element lists', async () => {
    expect(await findingsAfter((doc) => element(doc, 'H1').set(PDFName.of('K'), doc.context.obj([])))).toEqual(['01-005 mcid-no-element p1 -']);
  });

  test('01-005 an MCID whose ParentTree entry is another element', async () => {
    expect(await findingsAfter((doc) => parentTreeArray(doc, 0).set(0, doc.context.getObjectRef(element(doc, 'P'))!))).toEqual(['01-005 mcid-parent-mismatch p1 -']);
  });

  test('30-002 a form XObject with an MCID painted twice', async () => {
    expect(await findingsAfter((doc) => paintTaggedForm(doc, 1))).toEqual([]);
    expect(await findingsAfter((doc) => paintTaggedForm(doc, 2))).toEqual(['30-002 form-mcid-reused p1 -']);
  });
});

describe('the structure tree', () => {
  test('01-005 StructTreeRoot removed: nothing is tagged, and the link leads nowhere', async () => {
    expect(await findingsAfter((doc) => doc.catalog.delete(PDFName.of('StructTreeRoot')))).toEqual([
      '01-005 struct-tree-missing - -',
      '28-011 link-struct-parent-dangling p1 Link annotation #1 on page 1',
    ]);
  });

  test('01-005 a page and an annotation sharing a ParentTree key', async () => {
    expect(await findingsAfter((doc) => linkAnnotation(doc).set(PDFName.of('StructParent'), PDFNumber.of(0)))).toEqual([
      '01-005 parent-tree-key-shared - -',
      '28-011 link-struct-parent-dangling p1 Link annotation #1 on page 1',
    ]);
  });
});

describe('structure types and role map', () => {
  test('02-001 an unknown structure type', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'P', 2), 'Absatz'))).toEqual(['02-001 structure-type-unknown p1 Absatz #1']);
  });

  test('02-003 a circular role map', async () => {
    const found = await findingsAfter((doc) => {
      const map = get<PDFDict>(doc, treeRoot(doc), 'RoleMap');
      map.set(PDFName.of('Absatz'), PDFName.of('Para'));
      map.set(PDFName.of('Para'), PDFName.of('Absatz'));
      setRole(element(doc, 'P', 2), 'Absatz');
    });
    expect(found).toEqual(['02-003 role-map-cycle - -']);
  });

  test('02-004 a standard type remapped', async () => {
    expect(await findingsAfter((doc) => get<PDFDict>(doc, treeRoot(doc), 'RoleMap').set(PDFName.of('P'), PDFName.of('Span')))).toEqual(['02-004 role-map-standard - -']);
  });

  test('a non-standard type mapped to a standard one is fine', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'P', 2), 'Aside'))).toEqual([]);
  });
});

describe('figures, headings, lists, tables, notes', () => {
  test('13-004 a Figure without /Alt', async () => {
    expect(await findingsAfter((doc) => element(doc, 'Figure').delete(PDFName.of('Alt')))).toEqual(['13-004 figure-alt-missing p1 Figure #1']);
  });

  test('13-004 a Figure with an empty /Alt', async () => {
    expect(await findingsAfter((doc) => element(doc, 'Figure').set(PDFName.of('Alt'), PDFString.of('')))).toEqual(['13-004 figure-alt-missing p1 Figure #1']);
  });

  test('14-003 a heading level skipped (H2 then H4)', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'H3'), 'H4'))).toEqual(['14-003 heading-skip p1 H4 #1']);
  });

  test('14-002 the first heading is not H1', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'H1'), 'H2'))).toEqual(['14-002 heading-first-not-h1 p1 H2 #1']);
  });

  test('14-007 H mixed with numbered headings', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'H2', 3), 'H'))).toEqual(['14-007 heading-h-mixed p1 H #1']);
  });

  test('09-005 a list item holding something other than Lbl or LBody', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'LBody'), 'Div'))).toEqual(['09-005 list-structure p1 LI #1']);
  });

  test('09-005 a list holding a paragraph', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'LI', 2), 'P'))).toEqual(['09-005 list-structure p1 L #1', '09-005 list-structure p1 LBody #2']);
  });

  test('a well-formed table (the list retagged) passes', async () => {
    expect(await findingsAfter((doc) => listToTable(doc, true))).toEqual([]);
  });

  test('15-003 a header cell without Scope', async () => {
    expect(await findingsAfter((doc) => {
      listToTable(doc, true);
      element(doc, 'TH', 2).delete(PDFName.of('A'));
    })).toEqual(['15-003 table-header-scope p1 TH #2']);
  });

  test('09-004 a table row holding a paragraph', async () => {
    expect(await findingsAfter((doc) => {
      listToTable(doc, true);
      setRole(element(doc, 'TD', 1), 'P');
    })).toEqual(['09-004 table-structure p1 TR #1']);
  });

  test('19-003 a Note without /ID', async () => {
    expect(await findingsAfter((doc) => setRole(element(doc, 'Span', 3), 'Note'))).toEqual(['19-003 note-id-missing p1 Note #1']);
  });
});

describe('annotations and links', () => {
  test('28-008 /Tabs removed from a page with annotations', async () => {
    expect(await findingsAfter((doc) => firstPage(doc).delete(PDFName.of('Tabs')))).toEqual(['28-008 tabs-missing p1 -']);
  });

  test('28-009 /Tabs other than /S', async () => {
    expect(await findingsAfter((doc) => firstPage(doc).set(PDFName.of('Tabs'), PDFName.of('R')))).toEqual(['28-009 tabs-not-structure p1 -']);
  });

  test('28-012 a link without /Contents', async () => {
    expect(await findingsAfter((doc) => linkAnnotation(doc).delete(PDFName.of('Contents')))).toEqual(['28-012 link-contents-missing p1 Link annotation #1 on page 1']);
  });

  test('28-011 a link without /StructParent', async () => {
    expect(await findingsAfter((doc) => linkAnnotation(doc).delete(PDFName.of('StructParent')))).toEqual(['28-011 link-struct-parent-missing p1 Link annotation #1 on page 1']);
  });

  test('28-011 a link whose OBJR names the wrong page', async () => {
    const found = await findingsAfter((doc) => {
      doc.addPage();
      const objr = look<PDFDict>(doc, get<PDFArray>(doc, element(doc, 'Link'), 'K').get(1));
      objr.set(PDFName.of('Pg'), doc.getPages()[1]!.ref);
    });
    expect(found).toEqual(['28-011 link-objr-page p1 Link annotation #1 on page 1']);
  });

  test('28-011 a Link element without its OBJR', async () => {
    expect(await findingsAfter((doc) => get<PDFArray>(doc, element(doc, 'Link'), 'K').remove(1))).toEqual([
      '28-011 link-objr-missing p1 Link annotation #1 on page 1',
      '28-011 link-element-empty p1 Link #1',
    ]);
  });

  test('28-002 a text annotation outside the structure tree', async () => {
    expect(await findingsAfter((doc) => addAnnotation(doc, { Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 20, 20], Contents: PDFString.of('Notiz') }))).toEqual(['28-002 annotation-untagged p1 Text annotation #1 on page 1']);
  });
});

describe('fonts', () => {
  test('31-027 a font without ToUnicode', async () => {
    let font = '';
    const found = await findingsAfter((doc) => {
      const serif = fontNamed(doc, 'NotoSerif-Regular');
      font = serif.baseFont;
      serif.dict.delete(PDFName.of('ToUnicode'));
    });
    expect(found).toEqual([`31-027 font-tounicode-missing p1 Font ${font}`]);
  });

  test('10-001 a shown code the ToUnicode CMap does not map', async () => {
    let font = '';
    const found = await findingsAfter((doc) => {
      const serif = fontNamed(doc, 'NotoSerif-Regular');
      font = serif.baseFont;
      const cmap = streamText(get<PDFStream>(doc, serif.dict, 'ToUnicode'));
      // Shorten the first bfrange by one code: the last glyph of the subset, which the text shows, loses its mapping.
      const shortened = cmap.replace(/<0000> <([0-9a-f]{4})> \[/, (_, high: string) => `<0000> <${(parseInt(high, 16) - 1).toString(16).padStart(4, '0')}> [`);
      expect(shortened).not.toBe(cmap);
      setStreamText(doc, serif.dict, 'ToUnicode', shortened);
    });
    expect(found).toEqual([`10-001 font-code-unmapped p1 Font ${font}`]);
  });

  test('31-009 a font program removed', async () => {
    let font = '';
    const found = await findingsAfter((doc) => {
      const serif = fontNamed(doc, 'NotoSerif-Regular');
      font = serif.baseFont;
      get<PDFDict>(doc, serif.descendant, 'FontDescriptor').delete(PDFName.of('FontFile2'));
    });
    expect(found).toEqual([`31-009 font-not-embedded p1 Font ${font}`]);
  });

  test('31-009 an unembedded standard 14 font', async () => {
    const found = await findingsAfter((doc) => {
      const fonts = get<PDFDict>(doc, get<PDFDict>(doc, firstPage(doc), 'Resources'), 'Font');
      fonts.set(PDFName.of('Fh'), doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
      setPageContent(doc, `${pageContent(doc)}\n/Artifact BMC BT /Fh 12 Tf 10 10 Td (x) Tj ET EMC\n`);
    });
    expect(found).toEqual(['31-009 font-not-embedded p1 Font Helvetica']);
  });

  test('31-005 a CIDFontType2 without CIDToGIDMap', async () => {
    let font = '';
    const found = await findingsAfter((doc) => {
      const serif = fontNamed(doc, 'NotoSerif-Regular');
      font = serif.baseFont;
      serif.descendant.delete(PDFName.of('CIDToGIDMap'));
    });
    expect(found).toEqual([`31-005 font-cidtogidmap-missing p1 Font ${font}`]);
  });

  test('31-030 and 31-028 text showing the .notdef glyph, which the ToUnicode CMap maps to U+0000', async () => {
    let font = '';
    const found = await findingsAfter((doc) => {
      const content = pageContent(doc);
      // The first text shown on the page (the masthead) starts with code <0001>; make it <0000>, the .notdef glyph.
      const resource = /\/(\w+) [\d.]+ Tf\s*\[<0001/.exec(content)![1]!;
      font = (look<PDFDict>(doc, pageFonts(doc).get(resource)).get(PDFName.of('BaseFont')) as PDFName).decodeText();
      setPageContent(doc, content.replace(/\[<0001/, '[<0000'));
    });
    expect(found).toEqual([`31-030 font-notdef p1 Font ${font}`, `31-028 font-unicode-zero p1 Font ${font}`]);
  });
});

describe('outline', () => {
  test('WCAG:2.4.5 a document of four pages without bookmarks gets a warning', async () => {
    const doc = await loadPdf(minimalPdf());
    doc.catalog.delete(PDFName.of('Outlines'));
    for (let i = 0; i < 3; i += 1) doc.addPage();
    const report = await checkPdf(await saveTemp(doc));
    expect(report.findings.map(short)).toEqual(['WCAG:2.4.5 outline-missing - -']);
    expect(report.findings[0]!.severity).toBe('warning');
  });
});

// --- edits --------------------------------------------------------------------------------------

function editXmp(doc: PDFDocument, change: (xmp: string) => string): void {
  const xmp = Buffer.from(streamText(get<PDFStream>(doc, doc.catalog, 'Metadata')), 'latin1').toString('utf8');
  const stream = doc.context.stream(Buffer.from(change(xmp), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

function linkAnnotation(doc: PDFDocument): PDFDict {
  return look<PDFDict>(doc, get<PDFArray>(doc, firstPage(doc), 'Annots').get(0));
}

function addAnnotation(doc: PDFDocument, dict: Record<string, unknown>): void {
  get<PDFArray>(doc, firstPage(doc), 'Annots').push(doc.context.register(doc.context.obj(dict as never)));
}

/** Adds the form XObject /Fm9 with `content` and appends `paint` to the page. */
function paintForm(doc: PDFDocument, content: string, paint: string, extra: Record<string, unknown> = {}): PDFRef {
  const form = doc.context.register(doc.context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], ...extra } as never));
  get<PDFDict>(doc, get<PDFDict>(doc, firstPage(doc), 'Resources'), 'XObject').set(PDFName.of('Fm9'), form);
  setPageContent(doc, `${pageContent(doc)}\n${paint}\n`);
  return form;
}

/** A form XObject whose content is a tagged paragraph (MCID 0, ParentTree key 5), painted `times` times. */
function paintTaggedForm(doc: PDFDocument, times: number): void {
  const page = doc.getPages()[0]!.ref;
  const form = paintForm(doc, '/P <</MCID 0>> BDC 0 0 10 10 re f EMC', Array(times).fill('q /Fm9 Do Q').join('\n'), { StructParents: 5 });
  const documentElement = element(doc, 'Document');
  const paragraph = doc.context.register(doc.context.obj({
    Type: 'StructElem', S: 'P', P: doc.context.getObjectRef(documentElement)!, Pg: page,
    K: [doc.context.obj({ Type: 'MCR', MCID: 0, Stm: form, Pg: page })],
  } as never));
  get<PDFArray>(doc, documentElement, 'K').push(paragraph);
  const parentTree = get<PDFDict>(doc, treeRoot(doc), 'ParentTree');
  const nums = get<PDFArray>(doc, parentTree, 'Nums');
  nums.push(PDFNumber.of(5));
  nums.push(doc.context.obj([paragraph]));
  parentTree.set(PDFName.of('Limits'), doc.context.obj([0, 5]));
}

/** The first page's font whose BaseFont ends with `name`, with its descendant CIDFont. */
function fontNamed(doc: PDFDocument, name: string): { dict: PDFDict; descendant: PDFDict; baseFont: string } {
  for (const dict of pageFonts(doc).values()) {
    const baseFont = (dict.get(PDFName.of('BaseFont')) as PDFName).decodeText();
    if (baseFont.endsWith(`+${name}`)) return { dict, descendant: look<PDFDict>(doc, get<PDFArray>(doc, dict, 'DescendantFonts').get(0)), baseFont };
  }
  throw new Error(`no font ${name} on the first page`);
}

/** Retags the list as a table: L → Table, LI → TR, Lbl → TH (with a Row scope when asked), LBody → TD. */
function listToTable(doc: PDFDocument, scoped: boolean): void {
  for (const el of elements(doc)) {
    const role = (el.get(PDFName.of('S')) as PDFName).decodeText();
    const table = ({ L: 'Table', LI: 'TR', Lbl: 'TH', LBody: 'TD' } as Record<string, string>)[role];
    if (table === undefined) continue;
    setRole(el, table);
    if (table === 'TH' && scoped) el.set(PDFName.of('A'), doc.context.obj({ O: 'Table', Scope: 'Row' }));
  }
}
