/**
 * The inline components: each a line or two, so they share a file instead of
 * one file each. Foreign-language passages get `lang`; links show where they
 * lead; footnote references link to their note.
 */
import type { BreakNode, CodeNode, DeleteNode, EmphasisNode, LangNode, LinkNode, NoteRefNode, StrongNode, TextNode } from '../../src/model/types.js';
import { textDirection } from '../../src/parse/language-tag.js';
import { Inlines } from './Blocks.js';

/** Plain text. */
export function Text({ node }: { node: TextNode }) { return <>{node.value}</>; }
/** `<em>`. */
export function Emphasis({ node }: { node: EmphasisNode }) { return <em><Inlines nodes={node.children} /></em>; }
/** `<strong>`. */
export function Strong({ node }: { node: StrongNode }) { return <strong><Inlines nodes={node.children} /></strong>; }
/** `<del>`. */
export function Delete({ node }: { node: DeleteNode }) { return <del><Inlines nodes={node.children} /></del>; }
/** `<code>`. */
export function Code({ node }: { node: CodeNode }) { return <code>{node.value}</code>; }
/** `<br>`. */
export function Break(_: { node: BreakNode }) { return <br />; }
/** A link to an external address. */
export function Link({ node }: { node: LinkNode }) { return <a href={node.url}><Inlines nodes={node.children} /></a>; }
/** A passage in another language; Arabic, Persian, Hebrew and the like also get `dir="rtl"`. */
export function Lang({ node }: { node: LangNode }) { return <span lang={node.lang} dir={direction(node.lang)}><Inlines nodes={node.children} /></span>; }

/** The `dir` for text in `lang` inside text in `around`: set only when the two are written in different directions. */
export function direction(lang: string, around = 'de'): 'rtl' | 'ltr' | undefined {
  const dir = textDirection(lang);
  return dir === textDirection(around) ? undefined : dir;
}

/** A footnote reference: a superscript number linking to the note. */
export function NoteRef({ node }: { node: NoteRefNode }) {
  return (
    <sup className="noteref">
      <a href={`#${node.noteAnchor}`} id={node.refAnchor}>{node.number}</a>
    </sup>
  );
}
