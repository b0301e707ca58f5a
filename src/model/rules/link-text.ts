/**
 * Link text: screen-reader users often list a page's links out of context,
 * so "hier" or "mehr" tells them nothing (WCAG 2.4.4).
 */
import type { Issue } from '../types.js';
import type { RuleContext } from './index.js';
import { eachInline, plainText } from './walk.js';

const vague = new Set([
  'hier', 'here', 'mehr', 'more', 'link', 'klick', 'klicken', 'klicken sie hier', 'hier klicken', 'click here', 'weiter', 'weiterlesen',
  'mehr lesen', 'mehr erfahren', 'mehr dazu', 'mehr info', 'mehr infos', 'mehr informationen', 'zum artikel', 'hier entlang', 'read more',
  'learn more', 'details', 'info', 'infos', 'download', 'pdf',
]);

/** The words of a link text without the arrows, dots and ellipses around them ("» mehr …" → "mehr"). */
function words(text: string): string {
  return text.toLowerCase().replace(/^[\s»«›‹>→.:!…-]+|[\s»«›‹>→.:!…-]+$/gu, '').replace(/\s+/g, ' ');
}

/** Warns about links whose text does not say where they lead. */
export function linkText(issue: Issue, context: RuleContext): void {
  for (const article of issue.articles) {
    eachInline(article, (inline) => {
      if (inline.type !== 'link') return;
      if (vague.has(words(plainText(inline.children)))) {
        context.warn(inline.source, `Unexpected link text “${plainText(inline.children).trim()}”, expected words that say where the link leads`, 'link-text-vague');
      }
    });
  }
}
