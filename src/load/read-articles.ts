/**
 * Reads the article files of an issue: those listed under `articles:` in
 * issue.yaml, in that order, or else every `*.md` file sorted by name. A
 * listed file that is missing or listed twice is a message at its line in
 * issue.yaml; a Markdown file that is not listed is a warning.
 */
import type { VFile } from 'vfile';
import type { World } from './world.js';
import type { ParsedIssueConfig } from '../parse/parse-issue-config.js';
import { error, warn } from '../diagnostics/messages.js';
import { nearest } from '../diagnostics/suggest.js';

/** Reads the article sources in reading order. */
export function readArticles(world: World, parsed: ParsedIssueConfig): VFile[] {
  const listed = parsed.config?.articles;
  const onDisk = world.listArticles();
  if (listed === undefined) {
    if (onDisk.length === 0) {
      error(parsed.file, 'Unexpected issue without articles, expected at least one `.md` file in the issue folder', undefined, 'articles-none');
    }
    return onDisk.map((name) => world.readSource(name));
  }
  const files: VFile[] = [];
  const seen = new Set<string>();
  listed.forEach((name, index) => {
    const place = parsed.place(['articles', index]);
    const normalized = name.trim().replace(/^\.\//, '');
    if (!normalized.toLowerCase().endsWith('.md')) {
      error(parsed.file, `Unexpected article \`${name}\`, expected a Markdown file ending in \`.md\``, place, 'articles-extension');
      return;
    }
    if (seen.has(normalized)) {
      error(parsed.file, `Unexpected article \`${name}\` listed twice, expected each article once`, place, 'articles-duplicate');
      return;
    }
    seen.add(normalized);
    if (!world.exists(normalized)) {
      const guess = nearest(normalized, onDisk);
      error(parsed.file, `Cannot find article \`${name}\` in the issue folder`, place, 'articles-missing', {
        expected: guess ? [guess] : undefined,
      });
      return;
    }
    files.push(world.readSource(normalized));
  });
  for (const name of onDisk) {
    if (!seen.has(name)) {
      warn(parsed.file, `Unexpected article file \`${name}\` that \`articles\` does not list; it is left out of the issue`, parsed.place(['articles'], true), 'articles-unlisted', {
        note: `add \`- ${name}\` to \`articles\`, or rename the file to end in something other than \`.md\``,
      });
    }
  }
  return files;
}
