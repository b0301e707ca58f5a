/**
 * The issue model: what both renderers read. It is built from the parsed
 * files, keeps every node's source position (so problems found late still
 * point at `file:line:column`), and holds nothing target-specific.
 */
import type { Position } from 'unist';

/** Where a node came from: the file (relative to the issue folder) and its position. */
export interface Source {
  /** Path of the source file, relative to the working directory, as printed in messages. */
  file: string;
  position?: Position | undefined;
}

/** An image the issue uses, resolved and validated by the asset stage. */
export interface ImageRef {
  /** The path as written, relative to the issue folder (e.g. `images/x.jpg`). */
  src: string;
  /** Set once the asset stage has read and checked the file. */
  asset?: ImageAsset | undefined;
}

/** A validated image file: its bytes and what they are. */
export interface ImageAsset {
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  bytes: Uint8Array;
  /** Content hash (hex), used for file names in the HTML output and for caches. */
  hash: string;
}

// ---------------------------------------------------------------- inlines

/** Plain text. */
export interface TextNode { type: 'text'; value: string; source: Source }
/** Emphasised text (italic). */
export interface EmphasisNode { type: 'emphasis'; children: Inline[]; source: Source }
/** Strongly emphasised text (bold). */
export interface StrongNode { type: 'strong'; children: Inline[]; source: Source }
/** Struck-through text. */
export interface DeleteNode { type: 'delete'; children: Inline[]; source: Source }
/** A code span. */
export interface CodeNode { type: 'code'; value: string; source: Source }
/** A hard line break. */
export interface BreakNode { type: 'break'; source: Source }
/** A link to an external address (http, https, mailto or tel only). */
export interface LinkNode { type: 'link'; url: string; children: Inline[]; source: Source }
/** A passage in another language than its surroundings. */
export interface LangNode { type: 'lang'; lang: string; children: Inline[]; source: Source }
/** A reference to a footnote of the article. */
export interface NoteRefNode {
  type: 'noteRef';
  id: string;
  number: number;
  /** Anchor of the footnote this refers to. */
  noteAnchor: string;
  /** Anchor of this reference (unique even when a note is referenced twice). */
  refAnchor: string;
  source: Source;
}

/** Anything that can stand inside a paragraph. */
export type Inline =
  | TextNode | EmphasisNode | StrongNode | DeleteNode | CodeNode | BreakNode | LinkNode | LangNode | NoteRefNode;

// ---------------------------------------------------------------- blocks

/** A paragraph of running text. */
export interface ParagraphNode { type: 'paragraph'; children: Inline[]; source: Source }
/** A section heading inside an article; `level` is the document level (3 for `##`). */
export interface HeadingNode { type: 'heading'; level: 3 | 4 | 5 | 6; children: Inline[]; id: string; source: Source }
/** A bulleted or numbered list. */
export interface ListNode { type: 'list'; ordered: boolean; start: number; items: ListItemNode[]; source: Source }
/** One item of a list. */
export interface ListItemNode { type: 'listItem'; children: Block[]; source: Source }
/** A cell of a table. */
export interface TableCellNode { type: 'tableCell'; header: boolean; scope?: 'col' | 'row' | undefined; children: Inline[]; source: Source }
/** A row of a table. */
export interface TableRowNode { type: 'tableRow'; cells: TableCellNode[]; source: Source }
/** A table with one header row and optional row headers. */
export interface TableNode {
  type: 'table';
  caption: Inline[] | undefined;
  align: ('left' | 'right' | 'center' | null)[];
  head: TableRowNode;
  body: TableRowNode[];
  source: Source;
}
/** A picture: informative (with alt text) or decorative (hidden from assistive technology). */
export interface FigureNode {
  type: 'figure';
  image: ImageRef;
  /** Alternative text as written (undefined when missing); checked by rules/figure-alt.ts. */
  alt: string | undefined;
  decorative: boolean;
  caption: Inline[];
  credit: string | undefined;
  /** Span all text columns in print. */
  span: boolean;
  /** Written as a Markdown image `![alt](src)` rather than as `:::figure`, for the wording of messages. */
  markdown?: true | undefined;
  source: Source;
}
/** A quotation set off as a box, with its source. */
export interface PullquoteNode { type: 'pullquote'; children: Block[]; cite: string | undefined; source: Source }
/** A quoted block from Markdown `>`. */
export interface BlockquoteNode { type: 'blockquote'; children: Block[]; source: Source }
/** A box with a title beside the running text. */
export interface AsideNode { type: 'aside'; title: string; children: Block[]; source: Source }
/** A preformatted code block. */
export interface CodeBlockNode { type: 'codeBlock'; value: string; source: Source }
/** A thematic break (`---`). */
export interface RuleNode { type: 'rule'; source: Source }

/** Anything that can stand in an article body. */
export type Block =
  | ParagraphNode | HeadingNode | ListNode | TableNode | FigureNode | PullquoteNode | BlockquoteNode
  | AsideNode | CodeBlockNode | RuleNode;

/** A footnote of an article, numbered in order of first reference. */
export interface FootnoteNode {
  type: 'footnote';
  id: string;
  number: number;
  /** Anchor of the note itself. */
  anchor: string;
  /** Anchor of its first reference, to lead back to the text. */
  backAnchor: string;
  children: Block[];
  source: Source;
}

// ---------------------------------------------------------------- documents

/** The kinds of article an issue can hold. */
export type ArticleType = 'editorial' | 'article' | 'column' | 'notice';

/** A portrait of an article's author. */
export interface Portrait {
  image: ImageRef;
  /** Alternative text as written (empty when missing); checked by rules/figure-alt.ts. */
  alt: string;
  /** Where `portrait:` is written. */
  source: Source;
  /** Where `src:` is written, for messages about the picture file. */
  imageSource?: Source | undefined;
  /** Where `alt:` is written; undefined when the key is missing. */
  altSource?: Source | undefined;
}

/** One story of the issue, from one Markdown file. */
export interface Article {
  type: ArticleType;
  /** Stable id for anchors and bookmarks, derived from the file name. */
  id: string;
  title: string;
  kicker: string | undefined;
  subtitle: string | undefined;
  lead: string | undefined;
  author: string | undefined;
  role: string | undefined;
  portrait: Portrait | undefined;
  columns: 1 | 2 | 3;
  /** Language of the article (the issue's unless set). */
  lang: string;
  body: Block[];
  footnotes: FootnoteNode[];
  source: Source;
}

/** One field of the Impressum. */
export interface ImpressumEntry { label: string; lines: string[]; source: Source }

/** A whole issue: metadata and its articles in reading order. */
export interface Issue {
  slug: string;
  title: string;
  edition: string | undefined;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  lang: string;
  publisher: string;
  impressum: ImpressumEntry[];
  articles: Article[];
  source: Source;
  /** Where the masthead's values are written in issue.yaml, for messages about them. */
  fieldSources: { title: Source; edition: Source; publisher: Source };
}
