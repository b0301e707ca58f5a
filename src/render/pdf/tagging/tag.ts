/**
 * Tags: the accessibility roles templates give to what they paint. A tag on
 * a React-PDF element becomes one structure element of the tagged PDF; all
 * content painted inside it (across every column and page it is split over)
 * is marked as belonging to it. Anything painted outside every tag is an
 * artifact (page furniture, decoration) and is hidden from screen readers.
 */

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), plus Aside, which the role map maps to Sect. */
export type Role =
  | 'Document' | 'Part' | 'Art' | 'Sect' | 'Div' | 'Aside'
  | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P'
  | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD'
  | 'Figure' | 'Caption' | 'BlockQuote' | 'Quote' | 'Note' | 'Reference' | 'Code'
  | 'Link' | 'Span';

/** Roles that may appear inline, inside a text block. */
export const inlineRoles: ReadonlySet<Role> = new Set(['Link', 'Span', 'Quote', 'Code', 'Reference', 'Note']);

/** Non-standard roles and the standard role they map to. */
export const roleMap: Readonly<Record<string, Role>> = { Aside: 'Sect' };

/** The kinds of artifact (ISO 32000-1, 14.8.2.2). */
export type ArtifactKind = 'Pagination' | 'Layout' | 'Page' | 'Background';

/** A structure tag, or an artifact marker. */
export type Tag = StructureTag | ArtifactTag;

/** A structure element to create. */
export interface StructureTag {
  role: Role;
  /** Alternative text (required for Figure). */
  alt?: string | undefined;
  /** Language of the element's content, when it differs from its parent's. */
  lang?: string | undefined;
  /** Text that replaces the element's content for assistive technology. */
  actual?: string | undefined;
  /** Header cell scope (TH). */
  scope?: 'Column' | 'Row' | 'Both' | undefined;
  /** Title (/T), e.g. of an article. */
  title?: string | undefined;
  /** Link target, for Link. */
  href?: string | undefined;
  /** Identifier (/ID, listed in the IDTree), e.g. of a Note. */
  id?: string | undefined;
}

/** Content that is not part of the document's logical content. */
export interface ArtifactTag {
  role: 'Artifact';
  kind: ArtifactKind;
}

/** True for an artifact tag. */
export function isArtifact(tag: Tag): tag is ArtifactTag {
  return tag.role === 'Artifact';
}
