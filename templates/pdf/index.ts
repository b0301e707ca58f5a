/** The PDF half of the template set. */
import type { Article } from '../../src/model/types.js';
import type { ArticleFrame, PdfTemplates } from '../../src/render/template-set.js';
import { colors, mm, space } from '../tokens.js';
import type { PageBackground } from '../../src/render/template-set.js';
import { geometry } from './styles.js';
import { Masthead } from './Masthead.js';
import { ArticleHeader } from './ArticleHeader.js';
import { ArticleFooter } from './ArticleFooter.js';
import { Impressum } from './Impressum.js';
import { Footer } from './Footer.js';
import { blocks, inlines } from './handlers.js';
import { Blocks } from './Blocks.js';

/** The opinion column and notices sit in a tinted box with a rule on top. */
function articleFrame(article: Article): ArticleFrame | undefined {
  if (article.type !== 'column' && article.type !== 'notice') return undefined;
  return { backgroundColor: colors.tint, borderTopColor: colors.accent, borderTopWidth: 3, padding: space.m + 2 };
}

/** Page 1 carries a band in the accent colour along its top edge (it runs into the bleed in print). */
function pageBackgrounds(pageNumber: number): PageBackground[] {
  return pageNumber === 1 ? [{ x: 0, y: 0, width: geometry.width, height: mm(7), color: colors.accent }] : [];
}

/** PDF templates of the newsletter. */
export const pdf: PdfTemplates = { geometry, Masthead, ArticleHeader, ArticleFooter, articleFrame, blocks, inlines, Blocks, Impressum, Footer, pageBackgrounds };
