/**
 * The inline components of the PDF: styled nested text. Links and
 * foreign-language passages are tagged (Link, Span with Lang), so a screen
 * reader announces the link and switches voice.
 */
import type { BreakNode, CodeNode, DeleteNode, EmphasisNode, LangNode, LinkNode, NoteRefNode, StrongNode, TextNode } from '../../src/model/types.js';
import { Text } from '../../src/render/pdf/primitives.js';
import { Link as TaggedLink, Reference, Span } from '../../src/render/pdf/tagging/components.js';
import { plainText } from '../../src/model/rules/walk.js';
import { usePdf } from '../../src/render/pdf/environment.js';
import { stringsFor } from '../strings.js';
import { Inlines } from './Blocks.js';
import { styles } from './styles.js';

/** Plain text. */
export function PdfText({ node }: { node: TextNode }) { return <>{node.value}</>; }
/** Italic. */
export function Emphasis({ node }: { node: EmphasisNode }) { return <Text style={{ fontStyle: 'italic' }}><Inlines nodes={node.children} /></Text>; }
/** Bold. */
export function Strong({ node }: { node: StrongNode }) { return <Text style={{ fontWeight: 700 }}><Inlines nodes={node.children} /></Text>; }
/** Struck through; read out as struck through, since the line alone would not be heard. */
export function Delete({ node }: { node: DeleteNode }) {
  const { lang } = usePdf();
  const actual = `${stringsFor(lang).struckOut}: ${plainText(node.children)}`;
  return <Span actual={actual} style={{ textDecoration: 'line-through' }}><Inlines nodes={node.children} /></Span>;
}
/** A code span. */
export function Code({ node }: { node: CodeNode }) { return <Text style={styles.code}>{node.value}</Text>; }
/** A line break. */
export function Break(_: { node: BreakNode }) { return <>{'\n'}</>; }
/** A link, underlined; its text describes the annotation. */
export function Link({ node }: { node: LinkNode }) {
  return <TaggedLink href={node.url} description={plainText(node.children)} style={styles.link}><Inlines nodes={node.children} /></TaggedLink>;
}
/** A passage in another language. */
export function Lang({ node }: { node: LangNode }) { return <Span lang={node.lang}><Inlines nodes={node.children} /></Span>; }
/** A footnote reference: a raised number, tagged as a reference to the note. */
export function NoteRef({ node }: { node: NoteRefNode }) {
  return <Reference style={{ fontSize: 6.5, verticalAlign: 'super' }}>{String(node.number)}</Reference>;
}
