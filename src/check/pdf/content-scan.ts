/**
 * Reads every page's content streams, and the form XObjects they paint,
 * once: which MCIDs occur (and whether inside an Artifact), which painting
 * operators run outside all marked content that is either structure content
 * or an artifact, how marked content nests, and which character codes each
 * font shows. The checkpoint groups decide on this record.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { operations, isDict, isName, type CsValue } from './content-lexer.js';
import { dictEntry, entry, nameEntry, numberEntry, resolve, streamBytes } from './pdf-objects.js';
import { readFont, type FontInfo } from './font-info.js';
import { splitCodes } from './cmap.js';

/** Painting operators by the kind of thing they paint. */
const painting: Record<string, PaintKind> = {
  Tj: 'text', TJ: 'text', "'": 'text', '"': 'text',
  S: 'path', s: 'path', f: 'path', F: 'path', 'f*': 'path', B: 'path', 'B*': 'path', b: 'path', 'b*': 'path',
  sh: 'shading', BI: 'image',
};

/** What a painting operator paints. */
export type PaintKind = 'text' | 'path' | 'shading' | 'image';

/** How often an MCID occurs in one content stream (a page's, or a form XObject's). */
export interface McidUse {
  count: number;
  /** True when one of its occurrences lies inside an Artifact. */
  inArtifact: boolean;
}

/** The record of one page's content, or of one form XObject's. */
export interface StreamScan {
  /** The 1-based page it was (first) painted on. */
  page: number;
  /** The page or form XObject. */
  ref: PDFRef | undefined;
  /** Its /StructParents key. */
  structParents: number | undefined;
  mcids: Map<number, McidUse>;
  /** Painting operators outside structure content and artifacts, counted by kind. */
  unmarked: Map<PaintKind, number>;
  /** Artifacts that begin inside structure content (MCID). */
  artifactInTagged: number;
  /** MCIDs that begin inside an Artifact. */
  taggedInArtifact: number;
  /** True when a stream could not be decoded. */
  unreadable: boolean;
}

/** A form XObject and how often it is painted. */
export interface FormUse {
  stream: PDFStream;
  scan: StreamScan;
  uses: number;
  /** True for a reference XObject (it has /Ref). */
  reference: boolean;
}

/** The codes a font shows, and where. */
export interface FontUse {
  font: FontInfo;
  /** The resource name it was first selected by, e.g. 'F2'. */
  resourceName: string;
  pages: Set<number>;
  codes: Set<number>;
}

/** Everything read from the content streams. */
export interface ContentScan {
  pages: StreamScan[];
  forms: Map<PDFStream, FormUse>;
  fonts: Map<PDFDict, FontUse>;
}

/** A page to scan. */
export interface PageSource {
  number: number;
  ref: PDFRef;
  dict: PDFDict;
  resources: PDFDict | undefined;
}

interface Marked {
  artifact: boolean;
  mcid: number | undefined;
}

interface ScanState {
  context: PDFContext;
  scan: ContentScan;
  fontCache: Map<PDFDict, FontInfo>;
  page: number;
  formsOpen: Set<PDFStream>;
}

/** Scans the content of every page. */
export function scanContent(context: PDFContext, pages: readonly PageSource[]): ContentScan {
  const scan: ContentScan = { pages: [], forms: new Map(), fonts: new Map() };
  const state: ScanState = { context, scan, fontCache: new Map(), page: 0, formsOpen: new Set() };
  for (const page of pages) {
    state.page = page.number;
    const record = emptyScan(page.number, page.ref, numberEntry(context, page.dict, 'StructParents'));
    const parts: Uint8Array[] = [];
    for (const stream of contentStreams(context, page.dict)) {
      const bytes = streamBytes(stream);
      if (bytes === undefined) record.unreadable = true;
      else parts.push(bytes, Uint8Array.of(10));
    }
    scanStream(state, concat(parts), page.resources, record, []);
    scan.pages.push(record);
  }
  return scan;
}

function emptyScan(page: number, ref: PDFRef | undefined, structParents: number | undefined): StreamScan {
  return { page, ref, structParents, mcids: new Map(), unmarked: new Map(), artifactInTagged: 0, taggedInArtifact: 0, unreadable: false };
}

function contentStreams(context: PDFContext, page: PDFDict): PDFStream[] {
  const contents = entry(context, page, 'Contents');
  if (contents instanceof PDFStream) return [contents];
  if (!(contents instanceof PDFArray)) return [];
  const out: PDFStream[] = [];
  for (let i = 0; i < contents.size(); i += 1) {
    const part = resolve(context, contents.get(i));
    if (part instanceof PDFStream) out.push(part);
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function scanStream(state: ScanState, bytes: Uint8Array, resources: PDFDict | undefined, record: StreamScan, outer: readonly Marked[], initialFont?: FontUse): void {
  const { context } = state;
  const stack: Marked[] = [...outer];
  const fonts: Array<FontUse | undefined> = [];
  let font: FontUse | undefined = initialFont;
  for (const { operator, operands } of operations(bytes)) {
    switch (operator) {
      case 'BDC':
      case 'BMC': {
        const tag = isName(operands[0]) ? operands[0].name : '';
        const mcid = operator === 'BDC' ? mcidOf(context, operands[1], resources) : undefined;
        const marked: Marked = { artifact: tag === 'Artifact', mcid };
        if (marked.artifact && stack.some((m) => m.mcid !== undefined)) record.artifactInTagged += 1;
        if (mcid !== undefined) {
          const inArtifact = stack.some((m) => m.artifact);
          if (inArtifact) record.taggedInArtifact += 1;
          const use = record.mcids.get(mcid) ?? { count: 0, inArtifact: false };
          use.count += 1;
          use.inArtifact ||= inArtifact;
          record.mcids.set(mcid, use);
        }
        stack.push(marked);
        break;
      }
      case 'EMC':
        if (stack.length > outer.length) stack.pop();
        break;
      case 'q':
        fonts.push(font);
        break;
      case 'Q':
        if (fonts.length > 0) font = fonts.pop();
        break;
      case 'Tf':
        font = isName(operands[0]) ? selectFont(state, resources, operands[0].name) : undefined;
        break;
      case 'Do':
        if (isName(operands[0])) paintXObject(state, resources, operands[0].name, record, stack, font);
        break;
      default: {
        const kind = painting[operator];
        if (kind === undefined) break;
        if (!covered(stack)) record.unmarked.set(kind, (record.unmarked.get(kind) ?? 0) + 1);
        if (kind === 'text' && font !== undefined) showText(state, font, operator, operands);
      }
    }
  }
}

function covered(stack: readonly Marked[]): boolean {
  return stack.some((m) => m.artifact || m.mcid !== undefined);
}

function mcidOf(context: PDFContext, properties: CsValue | undefined, resources: PDFDict | undefined): number | undefined {
  if (isDict(properties)) {
    const mcid = properties.entries.get('MCID');
    return typeof mcid === 'number' ? mcid : undefined;
  }
  if (isName(properties)) {
    const named = dictEntry(context, dictEntry(context, resources, 'Properties'), properties.name);
    return numberEntry(context, named, 'MCID');
  }
  return undefined;
}

function selectFont(state: ScanState, resources: PDFDict | undefined, name: string): FontUse | undefined {
  const { context, scan } = state;
  const fontDicts = dictEntry(context, resources, 'Font');
  const raw = fontDicts?.get(PDFName.of(name));
  const dict = resolve(context, raw);
  if (!(dict instanceof PDFDict)) return undefined;
  let use = scan.fonts.get(dict);
  if (use === undefined) {
    let font = state.fontCache.get(dict);
    if (font === undefined) {
      font = readFont(context, dict, raw instanceof PDFRef ? raw : undefined);
      state.fontCache.set(dict, font);
    }
    use = { font, resourceName: name, pages: new Set(), codes: new Set() };
    scan.fonts.set(dict, use);
  }
  return use;
}

function showText(state: ScanState, use: FontUse, operator: string, operands: CsValue[]): void {
  const strings: Uint8Array[] = [];
  const shown = operator === '"' ? operands[2] : operands[0];
  if (shown instanceof Uint8Array) strings.push(shown);
  else if (Array.isArray(shown)) for (const part of shown) if (part instanceof Uint8Array) strings.push(part);
  if (strings.length === 0) return;
  use.pages.add(state.page);
  for (const string of strings) for (const code of splitCodes(string, use.font.codeSpace)) use.codes.add(code);
}

function paintXObject(state: ScanState, resources: PDFDict | undefined, name: string, record: StreamScan, stack: readonly Marked[], font: FontUse | undefined): void {
  const { context, scan } = state;
  const object: PDFObject | undefined = dictEntry(context, resources, 'XObject')?.get(PDFName.of(name));
  const stream = resolve(context, object);
  if (!(stream instanceof PDFStream)) return;
  const subtype = nameEntry(context, stream, 'Subtype');
  if (subtype === 'Image') {
    if (!covered(stack)) record.unmarked.set('image', (record.unmarked.get('image') ?? 0) + 1);
    return;
  }
  if (subtype !== 'Form' || state.formsOpen.has(stream)) return;
  let use = scan.forms.get(stream);
  const first = use === undefined;
  if (use === undefined) {
    use = {
      stream,
      scan: emptyScan(state.page, object instanceof PDFRef ? object : undefined, numberEntry(context, stream, 'StructParents')),
      uses: 0,
      reference: entry(context, stream, 'Ref') !== undefined,
    };
    scan.forms.set(stream, use);
  }
  use.uses += 1;
  const bytes = streamBytes(stream);
  if (bytes === undefined) {
    use.scan.unreadable = true;
    return;
  }
  // Painting checks depend on where the form is painted; its MCIDs are counted on its first painting only.
  const target = first ? use.scan : emptyScan(state.page, use.scan.ref, use.scan.structParents);
  state.formsOpen.add(stream);
  // A form starts with the graphics state (and so the font) of where it is painted.
  scanStream(state, bytes, dictEntry(context, stream, 'Resources') ?? resources, target, stack, font);
  state.formsOpen.delete(stream);
  if (!first) {
    for (const [kind, count] of target.unmarked) use.scan.unmarked.set(kind, (use.scan.unmarked.get(kind) ?? 0) + count);
    use.scan.artifactInTagged += target.artifactInTagged;
    use.scan.taggedInArtifact += target.taggedInArtifact;
  }
}
