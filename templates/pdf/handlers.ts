/** The handler maps of the PDF templates: each model node type to its component. */
import type { BlockComponents, InlineComponents } from '../../src/render/template-set.js';
import { Paragraph } from './Paragraph.js';
import { Heading } from './Heading.js';
import { List } from './List.js';
import { Table } from './Table.js';
import { Figure } from './Figure.js';
import { Pullquote } from './Pullquote.js';
import { Blockquote } from './Blockquote.js';
import { Aside } from './Aside.js';
import { CodeBlock } from './CodeBlock.js';
import { Rule } from './Rule.js';
import { PdfText, Emphasis, Strong, Delete, Code, Break, Link, Lang, NoteRef } from './inline-components.js';

/** Block components. */
export const blocks: BlockComponents = {
  paragraph: Paragraph,
  heading: Heading,
  list: List,
  table: Table,
  figure: Figure,
  pullquote: Pullquote,
  blockquote: Blockquote,
  aside: Aside,
  codeBlock: CodeBlock,
  rule: Rule,
};

/** Inline components. */
export const inlines: InlineComponents = {
  text: PdfText,
  emphasis: Emphasis,
  strong: Strong,
  delete: Delete,
  code: Code,
  break: Break,
  link: Link,
  lang: Lang,
  noteRef: NoteRef,
};
