/**
 * The structure tree of each PDF the global setup built, dumped as indented
 * text (role, attributes, the text of its marked content as pdf.js extracts
 * it) and compared with the committed files in structure/ (update them with
 * `npx vitest run tests/render/structure.test.ts -u`, then read the diff).
 * Poppler (`pdfinfo -struct-text`) must see the same element types in the
 * same order.
 */
import { describe, expect, inject, test } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject,
} from 'pdf-lib';
import { openPdf, poppler } from '../helpers/pdf.js';

const slugs = ['2018-herbst', 'gemeindebrief', 'minimal'];
const pdfOf = (slug: string) => path.join(inject('outDir'), slug, `${slug}.pdf`);

/** A structure element as the dump shows it. */
interface DumpNode {
  role: string;
  /** The standard type it maps to through the role map. */
  standard: string;
  attributes: string[];
  /** The text of its marked content and its descendants', when it has marked content of its own. */
  text: string | undefined;
  /** The text of all its marked content, its own and its descendants'. */
  fullText: string;
  kids: Array<DumpNode | string>;
}

describe.each(slugs)('structure tree of %s', (slug) => {
  test('matches the committed dump', async () => {
    const tree = await readTree(pdfOf(slug));
    await expect(tree.map((node) => dump(node, 0)).join('')).toMatchFileSnapshot(`structure/${slug}.txt`);
  });

  test('has the element types poppler sees, in the same order', async () => {
    const ours = (await readTree(pdfOf(slug))).flatMap(types);
    const theirs = poppler('pdfinfo', ['-struct-text', pdfOf(slug)])
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Za-z]/.test(line) && !/^Object \d+ \d+$/.test(line))
      .map((line) => /^[A-Za-z][\w]*/.exec(line)![0]);
    expect(theirs.length).toBeGreaterThan(10);
    expect(ours).toEqual(theirs);
  });
});

/** The standard types of a subtree, depth first. */
function types(node: DumpNode): string[] {
  return [node.standard, ...node.kids.flatMap((kid) => (typeof kid === 'string' ? [] : types(kid)))];
}

function dump(node: DumpNode, depth: number): string {
  const pad = '  '.repeat(depth);
  const role = node.role === node.standard ? node.role : `${node.role} (${node.standard})`;
  const text = node.text === undefined ? '' : ` ${quote(node.text)}`;
  let out = `${pad}${[role, ...node.attributes].join(' ')}${text}\n`;
  for (const kid of node.kids) out += typeof kid === 'string' ? `${pad}  ${kid}\n` : dump(kid, depth + 1);
  return out;
}

function quote(text: string, limit = 60): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(squashed.length > limit ? `${squashed.slice(0, limit)}…` : squashed);
}

/** Reads the tree with pdf-lib (walking /K from StructTreeRoot) and the marked-content text with pdf.js. */
async function readTree(file: string): Promise<DumpNode[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const texts = await markedContentText(file);
  const look = (value: PDFObject | undefined) => (value instanceof PDFRef ? doc.context.lookup(value) : value);
  const root = look(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
  const roleMap = new Map<string, string>();
  const map = look(root.get(PDFName.of('RoleMap')));
  if (map instanceof PDFDict) for (const [key, value] of map.entries()) roleMap.set(key.decodeText(), (look(value) as PDFName).decodeText());
  const standard = (role: string) => {
    let current = role;
    for (let i = 0; i < 10 && roleMap.has(current); i += 1) current = roleMap.get(current)!;
    return current;
  };
  const text = (value: PDFObject | undefined) => {
    const object = look(value);
    return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
  };
  const name = (value: PDFObject | undefined) => {
    const object = look(value);
    return object instanceof PDFName ? object.decodeText() : undefined;
  };
  const kidsOf = (dict: PDFDict): PDFObject[] => {
    const k = look(dict.get(PDFName.of('K')));
    if (k instanceof PDFArray) return Array.from({ length: k.size() }, (_, i) => k.get(i));
    return k === undefined ? [] : [dict.get(PDFName.of('K'))!];
  };

  const visit = (dict: PDFDict, pageRef: PDFRef | undefined): DumpNode => {
    const role = name(dict.get(PDFName.of('S'))) ?? '?';
    const pg = dict.get(PDFName.of('Pg'));
    const page = pg instanceof PDFRef ? pg : pageRef;
    const attributes: string[] = [];
    const lang = text(dict.get(PDFName.of('Lang')));
    const title = text(dict.get(PDFName.of('T')));
    const alt = text(dict.get(PDFName.of('Alt')));
    const actual = text(dict.get(PDFName.of('ActualText')));
    if (lang !== undefined) attributes.push(`lang=${lang}`);
    if (title !== undefined) attributes.push(`title=${quote(title)}`);
    if (alt !== undefined) attributes.push(`alt=${quote(alt)}`);
    if (actual !== undefined) attributes.push(`actual=${quote(actual)}`);
    const a = look(dict.get(PDFName.of('A')));
    for (const attribute of a instanceof PDFArray ? Array.from({ length: a.size() }, (_, i) => look(a.get(i))) : [a]) {
      if (attribute instanceof PDFDict && name(attribute.get(PDFName.of('Scope'))) !== undefined) attributes.push(`scope=${name(attribute.get(PDFName.of('Scope')))}`);
    }
    const node: DumpNode = { role, standard: standard(role), attributes, text: undefined, fullText: '', kids: [] };
    let own = false;
    let all = '';
    for (const raw of kidsOf(dict)) {
      const kid = look(raw);
      if (kid instanceof PDFNumber) {
        own = true;
        all += texts.get(`${page?.objectNumber} ${kid.asNumber()}`) ?? '';
      } else if (kid instanceof PDFDict && name(kid.get(PDFName.of('Type'))) === 'MCR') {
        own = true;
        const mcrPage = kid.get(PDFName.of('Pg'));
        const on = mcrPage instanceof PDFRef ? mcrPage : page;
        all += texts.get(`${on?.objectNumber} ${(look(kid.get(PDFName.of('MCID'))) as PDFNumber).asNumber()}`) ?? '';
      } else if (kid instanceof PDFDict && name(kid.get(PDFName.of('Type'))) === 'OBJR') {
        const annotation = look(kid.get(PDFName.of('Obj')));
        const subtype = annotation instanceof PDFDict ? name(annotation.get(PDFName.of('Subtype'))) : undefined;
        const contents = annotation instanceof PDFDict ? text(annotation.get(PDFName.of('Contents'))) : undefined;
        node.kids.push(`OBJR ${subtype ?? '?'} annotation${contents === undefined ? '' : ` contents=${quote(contents)}`}`);
      } else if (kid instanceof PDFDict) {
        const child = visit(kid, page);
        node.kids.push(child);
        all += child.fullText;
      }
    }
    if (own) node.text = all;
    node.fullText = all;
    return node;
  };
  return kidsOf(root).map((kid) => visit(look(kid) as PDFDict, undefined));
}

/** The text pdf.js extracts for each marked-content sequence with an MCID, keyed by page object number and MCID. */
async function markedContentText(file: string): Promise<Map<string, string>> {
  const pdf = await openPdf(file);
  const texts = new Map<string, string>();
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent({ includeMarkedContent: true });
    const open: Array<string | null> = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          const tag = (item as { tag?: string }).tag;
          open.push(tag === 'Artifact' ? 'artifact' : (item as { id?: string | null }).id ?? null);
        } else if (item.type === 'endMarkedContent') {
          open.pop();
        }
        continue;
      }
      const id = [...open].reverse().find((entry) => entry !== null);
      const match = id === undefined || id === 'artifact' ? null : /^p(\d+)R\d*_mc(\d+)$/.exec(id);
      if (match === null) continue;
      const key = `${match[1]} ${match[2]}`;
      texts.set(key, (texts.get(key) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
  }
  return texts;
}
