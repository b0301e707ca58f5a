/**
 * The contract between the engine and a template set: what a set of React
 * templates provides so that Blattwerk can make both outputs from it. See
 * docs/templates.md.
 */
import type { ComponentType } from 'react';
import type { Article, Block, Inline, Issue } from '../model/types.js';

/** One font face of a template set, with absolute paths to its files. */
export interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** TrueType file, embedded into the PDF. */
  ttf: string;
  /** WOFF2 file, served to the HTML page. */
  woff2: string;
  /** Only used for characters the other faces lack. */
  fallback?: boolean;
  /** The characters a fallback face is for, as a CSS unicode-range (the HTML page fetches the face only where they occur). */
  unicodeRange?: string;
}

/** Components that render each block type; every type must be covered. */
export type BlockComponents = { [T in Block['type']]: ComponentType<{ node: Extract<Block, { type: T }> }> };
/** Components that render each inline type; every type must be covered. */
export type InlineComponents = { [T in Inline['type']]: ComponentType<{ node: Extract<Inline, { type: T }> }> };

/** What the HTML templates receive at the root. */
export interface HtmlIssueProps {
  issue: Issue;
}

/** The HTML half of a template set. */
export interface HtmlTemplates {
  /** The whole page, from `<html>` down. */
  Issue: ComponentType<HtmlIssueProps>;
  blocks: BlockComponents;
  inlines: InlineComponents;
  /** The stylesheet written beside index.html as style.css. */
  stylesheet(fonts: readonly { face: FontFace; url: string }[]): string;
}

/** Where a template set can be loaded from again: a module and the name of its exported factory function. */
export interface TemplateOrigin {
  /** The module's URL (a file: URL, or a data: URL of a bundle). */
  module: string;
  /** The export that returns the set. */
  factory: string;
}

/** A template set: the templates of both outputs and the fonts they use. */
export interface TemplateSet {
  name: string;
  /** Where the set came from, so another thread (the PDF thread) can load the same set; without it the PDF is made in-process. */
  origin?: TemplateOrigin | undefined;
  fonts: readonly FontFace[];
  html: HtmlTemplates;
  pdf: PdfTemplates;
}

/** Print geometry a PDF template set declares, in points. */
export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Space between text columns. */
  columnGap: number;
  /** Line pitch of body text: the baseline grid every block snaps to. */
  lineHeight: number;
  /** Height kept free at the bottom of pages after the first for the running footer. */
  footerHeight: number;
}

/** The decoration of an article's area on a page: a tinted box behind it, with padding. */
export interface ArticleFrame {
  backgroundColor?: string;
  /** A rule on top of the box. */
  borderTopColor?: string;
  borderTopWidth?: number;
  padding: number;
}

/** A coloured area behind a page's content, in points from the trim box's top left; edges on the trim run into the bleed. */
export interface PageBackground { x: number; y: number; width: number; height: number; color: string }

/** What the PDF templates provide; the engine lays them out in columns and pages. */
export interface PdfTemplates {
  geometry: PageGeometry;
  /** The top of page 1: title block, edition, publisher. */
  Masthead: ComponentType<{ issue: Issue }>;
  /** What spans an article's columns above its text: kicker, title, subtitle, lead. */
  ArticleHeader: ComponentType<{ article: Article }>;
  /** What follows an article's text inside its columns: the signature, footnotes. */
  ArticleFooter: ComponentType<{ article: Article }>;
  /** A box drawn behind an article (the opinion column, notices), or undefined for none. */
  articleFrame(article: Article): ArticleFrame | undefined;
  blocks: BlockComponents;
  inlines: InlineComponents;
  /** Renders a list of blocks through `blocks` (a body, the inside of a box). */
  Blocks: ComponentType<{ nodes: readonly Block[] }>;
  /** The Impressum at the end of the issue. */
  Impressum: ComponentType<{ issue: Issue }>;
  /** The running footer of pages after the first. */
  Footer: ComponentType<{ issue: Issue; pageNumber: number }>;
  /** Coloured areas behind the content of a page (e.g. a band at the top of page 1). */
  pageBackgrounds?(pageNumber: number): readonly PageBackground[];
}
