/**
 * Link text: screen-reader users often list a page's links out of context,
 * so "hier" or "mehr" tells them nothing (WCAG 2.4.4).
 */
import type { Issue } from '../types.js';
import type { RuleContext } from './index.js';
import { eachInline, plainText } from './walk.js';

const vague = new Set(['hier', 'here', 'mehr', 'more', 'link', 'klicken sie hier', 'hier klicken', 'click here', 'weiter', 'weiterlesen', 'read more', 'details']);

/** Warns about links whose text does not say where they lead. */
export function linkText(issue: Issue, context: RuleContext): void {
  for (const article of issue.articles) {
    eachInline(article, (inline) => {
      if (inline.type !== 'link') return;
      const text = plainText(inline.children).trim().toLowerCase().replace(/[.:!…]+$/, '');
      if (vague.has(text)) {
        context.warn(inline.source, `Unexpected link text “${plainText(inline.children).trim()}”, expected words that say where the link leads`, 'link-text-vague');
      }
    });
  }
}
