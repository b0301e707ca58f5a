/**
 * The document's metadata: an XMP stream in the catalog that is well-formed
 * XML, identifies the file as PDF/UA-1 (pdfuaid:part 1) and carries a
 * dc:title, matching the Info dictionary's Title. A file whose header
 * version predates PDF 1.4 cannot carry a metadata stream at all.
 */
import { PDFStream } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import { entry, nameEntry, streamBytes, textEntry } from './pdf-objects.js';
import { descendants, parseXml, type XmlElement } from './xmp.js';
import { finding } from './finding.js';

const pdfuaNamespace = 'http://www.aiim.org/pdfua/ns/id/';
const dcNamespace = 'http://purl.org/dc/elements/1.1/';
const rdfNamespace = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** 06-001 XMP metadata stream, 06-002 PDF/UA identifier, 06-003 dc:title (and the Info Title). */
export const metadataGroup: CheckpointGroup = {
  checkpoints: ['06-001', '06-002', '06-003'],
  run({ context, catalog, info, headerVersion }) {
    const findings: PdfFinding[] = [];
    const version = Math.max(Number(headerVersion ?? 0), Number(nameEntry(context, catalog, 'Version') ?? 0));
    if (!(version >= 1.4)) {
      findings.push(finding('06-001', 'pdf-version', `The file declares PDF ${headerVersion ?? 'of no version'}, older than PDF 1.4, which introduced metadata streams.`));
    }
    const infoTitle = textEntry(context, info, 'Title')?.trim() ?? '';
    if (infoTitle === '') findings.push(finding('06-003', 'info-title-missing', 'The Info dictionary has no Title.'));
    const metadata = entry(context, catalog, 'Metadata');
    if (!(metadata instanceof PDFStream)) {
      findings.push(finding('06-001', 'xmp-missing', 'The catalog has no XMP metadata stream (/Metadata).'));
      return findings;
    }
    if (nameEntry(context, metadata, 'Type') !== 'Metadata' || nameEntry(context, metadata, 'Subtype') !== 'XML') {
      findings.push(finding('06-001', 'xmp-dictionary', 'The metadata stream\'s dictionary lacks /Type /Metadata and /Subtype /XML.'));
    }
    const bytes = streamBytes(metadata);
    let text: string | undefined;
    try {
      text = bytes === undefined ? undefined : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      findings.push(finding('06-001', 'xmp-unreadable', 'The XMP metadata stream cannot be decoded as UTF-8 text.'));
      return findings;
    }
    const xml = parseXml(text.replace(/^\uFEFF/, ''));
    if (!xml.ok) {
      findings.push(finding('06-001', 'xmp-malformed', `The XMP metadata is not well-formed XML: ${xml.reason}.`));
      return findings;
    }
    const part = propertyValue(xml.root, pdfuaNamespace, 'part');
    if (part?.trim() !== '1') {
      const what = part === undefined ? 'has no pdfuaid:part' : `has pdfuaid:part "${part.trim()}"`;
      findings.push(finding('06-002', 'pdfuaid-part', `The XMP metadata ${what}; a PDF/UA-1 file must say pdfuaid:part 1.`));
    }
    const dcTitle = titleOf(xml.root);
    if (dcTitle === undefined || dcTitle.trim() === '') {
      findings.push(finding('06-003', 'dc-title-missing', 'The XMP metadata has no dc:title.'));
    } else if (infoTitle !== '' && dcTitle.trim() !== infoTitle) {
      findings.push(finding('06-003', 'title-mismatch', `The XMP dc:title "${dcTitle.trim()}" differs from the Info Title "${infoTitle}".`));
    }
    return findings;
  },
};

/** A simple XMP property, written as an element or as an attribute of rdf:Description. */
function propertyValue(root: XmlElement, namespace: string, local: string): string | undefined {
  for (const element of descendants(root)) {
    if (element.namespace === namespace && element.local === local) return element.text;
    const attribute = element.attributes.find((a) => a.namespace === namespace && a.local === local);
    if (attribute !== undefined && element.namespace === rdfNamespace) return attribute.value;
  }
  return undefined;
}

/** The dc:title language alternative: the x-default item, else the first. */
function titleOf(root: XmlElement): string | undefined {
  for (const element of descendants(root)) {
    if (element.namespace !== dcNamespace || element.local !== 'title') continue;
    const items = [...descendants(element)].filter((e) => e.namespace === rdfNamespace && e.local === 'li');
    const fallback = items.find((e) => e.attributes.some((a) => a.local === 'lang' && a.value === 'x-default')) ?? items[0];
    return fallback?.text ?? element.text;
  }
  return undefined;
}

