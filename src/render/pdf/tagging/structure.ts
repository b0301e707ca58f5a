/**
 * The structure tree while rendering: one pdfkit structure element per tag
 * (every fragment of a paragraph split over columns and pages shares one),
 * created when its first content is drawn, so each parent lists its children
 * and its marked content in reading order. Also repairs pdfkit's link object
 * references, which would name the wrong page.
 */
import type { PdfKitDocument } from '../document.js';
import { roleMap, type StructureTag } from './tag.js';

/** A pdfkit structure element, as much of it as Blattwerk uses. */
export interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
  dictionary: { data: Record<string, unknown> };
  _children: unknown[];
}

/** The structure tree being built. */
export interface Structure {
  root: StructElement;
  /** The element of a tag under a parent, created on first use. */
  element(tag: StructureTag, parent: StructElement): StructElement;
  /** Ends the tree; call once after the last page. */
  finish(): void;
}

/** Starts the tree under a Document element, with the role map for non-standard roles. */
export function createStructure(doc: PdfKitDocument, lang: string): Structure {
  const root = doc.struct('Document', { lang }) as StructElement;
  doc.addStructure(root);
  doc.getStructTreeRoot().data.RoleMap = { ...roleMap };
  patchObjectReferences(root);
  const elements = new Map<StructureTag, StructElement>();
  const ids: [string, StructElement][] = [];
  return {
    root,
    element(tag, parent) {
      let element = elements.get(tag);
      if (element === undefined) {
        const options: Record<string, string> = {};
        if (tag.alt !== undefined) options.alt = tag.alt;
        if (tag.lang !== undefined) options.lang = tag.lang;
        if (tag.actual !== undefined) options.actual = tag.actual;
        if (tag.title !== undefined) options.title = tag.title;
        if (tag.scope !== undefined) options.scope = tag.scope;
        element = doc.struct(tag.role, options) as StructElement;
        if (tag.actual === '') element.dictionary.data.ActualText = new String('');
        if (tag.id !== undefined) {
          element.dictionary.data.ID = new String(tag.id);
          ids.push([tag.id, element]);
        }
        parent.add(element);
        elements.set(tag, element);
      }
      return element;
    },
    finish() {
      if (ids.length > 0) {
        // A name tree from each /ID to its element, keys sorted as name trees require.
        ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        doc.getStructTreeRoot().data.IDTree = { Names: ids.flatMap(([id, element]) => [new String(id), element.dictionary]) };
      }
      root.end();
    },
  };
}

/**
 * pdfkit writes a link annotation's object reference with the page that is
 * current when the tree is written (the last page). The reference objects
 * get the page they were created on, and the writer uses it.
 */
function patchObjectReferences(sample: StructElement): void {
  const prototype = Object.getPrototypeOf(sample) as { _flushChild(child: unknown): void; __blattwerkPatched?: boolean };
  if (prototype.__blattwerkPatched) return;
  const flushChild = prototype._flushChild;
  prototype._flushChild = function flushChildOnItsPage(this: StructElement, child: unknown) {
    const reference = child as { annotationRef?: unknown; pageRef?: unknown };
    if (reference.annotationRef !== undefined && reference.pageRef !== undefined) {
      (this.dictionary.data.K as unknown[]).push({ Type: 'OBJR', Obj: reference.annotationRef, Pg: reference.pageRef });
      return;
    }
    flushChild.call(this, child);
  };
  prototype.__blattwerkPatched = true;
}
