/**
 * Heading levels: inside an article, sections start at `##` and go down one
 * level at a time, so the outline a screen reader offers has no holes.
 */
import type { Issue } from '../types.js';
import type { RuleContext } from './index.js';

const marks = (level: number): string => '#'.repeat(level - 1);

/** Checks that no article skips a heading level. */
export function headingLevels(issue: Issue, context: RuleContext): void {
  for (const article of issue.articles) {
    let previous = 2;
    for (const block of article.body) {
      if (block.type !== 'heading') continue;
      if (block.level > previous + 1) {
        context.error(block.source, `Unexpected heading level \`${marks(block.level)}\` after \`${marks(previous)}\`, expected \`${marks(previous + 1)}\``, 'heading-skip', {
          note: previous === 2 ? 'the first section heading of an article is `##`' : 'heading levels go down one step at a time',
        });
      }
      previous = block.level;
    }
  }
}
