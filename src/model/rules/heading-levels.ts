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
        const reason = previous === 2
          ? `Unexpected \`${marks(block.level)}\` as the first heading of the article, expected \`##\``
          : `Unexpected heading level \`${marks(block.level)}\` after \`${marks(previous)}\`, expected \`${marks(previous + 1)}\``;
        context.error(block.source, reason, 'heading-skip', {
          note: previous === 2
            ? 'the article title is the top heading; its sections start at `##`, their subsections at `###`'
            : 'heading levels go down one step at a time, so that screen readers can list the sections',
        });
      }
      previous = block.level;
    }
  }
}
