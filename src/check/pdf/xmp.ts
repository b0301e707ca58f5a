/**
 * A small, strict XML reader for XMP packets: decides well-formedness
 * (balanced tags, quoted attributes, known entities, one root element,
 * bound prefixes) and resolves namespaces, so the checker can find the
 * PDF/UA identifier and dc:title by namespace rather than by prefix.
 */

/** An element with its namespace resolved. */
export interface XmlElement {
  namespace: string | undefined;
  local: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's own character data, entities decoded. */
  text: string;
}

/** An attribute with its namespace resolved. */
export interface XmlAttribute {
  namespace: string | undefined;
  local: string;
  value: string;
}

/** The root element, or why the text is not well-formed XML. */
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; reason: string };

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const nameStart = /[A-Za-z_:\u00C0-\uFFFF]/;
const namePattern = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/;

/** Parses an XML document. */
export function parseXml(text: string): XmlResult {
  const open: Array<{ element: XmlElement; name: string; scope: Map<string, string> }> = [];
  let root: XmlElement | undefined;
  let at = 0;
  const fail = (reason: string): XmlResult => ({ ok: false, reason: `${reason} (at character ${at})` });
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const chars = text.slice(at, lt === -1 ? text.length : lt);
    if (chars.trim() !== '') {
      if (open.length === 0) return fail('text outside the root element');
      const decoded = decodeEntities(chars);
      if (decoded === undefined) return fail('an unknown or malformed entity reference');
      open[open.length - 1]!.element.text += decoded;
    }
    if (lt === -1) break;
    at = lt;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end === -1) return fail('an unclosed processing instruction');
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end === -1) return fail('an unclosed comment');
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at);
      if (end === -1 || open.length === 0) return fail('a misplaced or unclosed CDATA section');
      open[open.length - 1]!.element.text += text.slice(at + 9, end);
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      return fail('a document type declaration, which XMP does not allow');
    } else if (text.startsWith('</', at)) {
      const match = namePattern.exec(text.slice(at + 2));
      const end = text.indexOf('>', at);
      if (match === null || end === -1 || text.slice(at + 2 + match[0].length, end).trim() !== '') return fail('a malformed end tag');
      const top = open.pop();
      if (top === undefined || top.name !== match[0]) return fail(`the end tag </${match[0]}> does not close <${top?.name ?? 'nothing'}>`);
      at = end + 1;
    } else {
      const tag = readStartTag(text, at);
      if (typeof tag === 'string') return fail(tag);
      const scope = new Map(open.at(-1)?.scope ?? [['xml', xmlNamespace]]);
      for (const [name, value] of tag.attributes) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      const element = resolveElement(tag.name, tag.attributes, scope);
      if (typeof element === 'string') return fail(element);
      if (open.length > 0) open[open.length - 1]!.element.children.push(element);
      else if (root === undefined) root = element;
      else return fail('a second root element');
      if (!tag.empty) open.push({ element, name: tag.name, scope });
      at = tag.end;
    }
  }
  if (open.length > 0) return fail(`<${open.at(-1)!.name}> is never closed`);
  if (root === undefined) return fail('no root element');
  return { ok: true, root };
}

function readStartTag(text: string, from: number): { name: string; attributes: Array<[string, string]>; empty: boolean; end: number } | string {
  let at = from + 1;
  const match = namePattern.exec(text.slice(at, at + 200));
  if (match === null) return 'a malformed start tag';
  const name = match[0];
  at += name.length;
  const attributes: Array<[string, string]> = [];
  for (;;) {
    const space = /^\s*/.exec(text.slice(at, at + 200))![0].length;
    at += space;
    if (text.startsWith('/>', at)) return { name, attributes, empty: true, end: at + 2 };
    if (text[at] === '>') return { name, attributes, empty: false, end: at + 1 };
    if (space === 0 || !nameStart.test(text[at] ?? '')) return `a malformed attribute in <${name}>`;
    const attribute = /^([A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(text.slice(at, at + 100_000));
    if (attribute === null) return `a malformed attribute in <${name}>`;
    const value = decodeEntities(attribute[3] ?? attribute[4] ?? '');
    if (value === undefined) return `an unknown entity in an attribute of <${name}>`;
    if (attributes.some(([n]) => n === attribute[1])) return `the attribute ${attribute[1]} twice in <${name}>`;
    attributes.push([attribute[1]!, value]);
    at += attribute[0].length;
  }
}

function resolveElement(name: string, attributes: Array<[string, string]>, scope: Map<string, string>): XmlElement | string {
  const split = (qualified: string, isAttribute: boolean): { namespace: string | undefined; local: string } | string => {
    const colon = qualified.indexOf(':');
    if (colon === -1) return { namespace: isAttribute ? undefined : scope.get(''), local: qualified };
    const prefix = qualified.slice(0, colon);
    const namespace = scope.get(prefix);
    if (namespace === undefined) return `the prefix ${prefix}: is not bound to a namespace`;
    return { namespace, local: qualified.slice(colon + 1) };
  };
  const own = split(name, false);
  if (typeof own === 'string') return own;
  const resolved: XmlAttribute[] = [];
  for (const [qualified, value] of attributes) {
    if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) continue;
    const parts = split(qualified, true);
    if (typeof parts === 'string') return parts;
    resolved.push({ ...parts, value });
  }
  return { ...own, attributes: resolved, children: [], text: '' };
}

function decodeEntities(text: string): string | undefined {
  let ok = true;
  const decoded = text.replace(/&([^;&]*);?/g, (whole, body: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (!whole.endsWith(';')) ok = false;
    else if (body in named) return named[body]!;
    else if (/^#\d+$/.test(body)) return String.fromCodePoint(Number(body.slice(1)));
    else if (/^#x[0-9a-fA-F]+$/.test(body)) return String.fromCodePoint(parseInt(body.slice(2), 16));
    else ok = false;
    return '';
  });
  return ok ? decoded : undefined;
}

/** Every element of a tree, depth first. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* descendants(child);
}
