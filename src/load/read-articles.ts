/**
 * Reads the article files of an issue: those listed under `articles:` in
 * issue.yaml, in that order, or else every `*.md` file sorted by name. A
 * listed file that is missing or listed twice is a message at its line in
 * issue.yaml; a Markdown file that is not listed is a warning.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { formatBytes, type World } from './world.js';
import type { ParsedIssueConfig } from '../parse/parse-issue-config.js';
import { error, warn } from '../diagnostics/messages.js';
import { nearest } from '../diagnostics/suggest.js';

/**
 * Most text an issue may hold in all its articles: 1 MiB builds in about ten
 * seconds and half a gigabyte; far more would take minutes.
 */
export const maxIssueTextBytes = 1024 * 1024;

/** Reads the article sources in reading order; none when together they are too large to build. */
export function readArticles(world: World, parsed: ParsedIssueConfig): VFile[] {
  const files = readListed(world, parsed);
  const total = files.reduce((sum, file) => sum + Buffer.byteLength(String(file.value)), 0);
  if (total > maxIssueTextBytes) {
    error(parsed.file, `Unexpected ${formatBytes(total)} of text in the articles, expected at most ${formatBytes(maxIssueTextBytes)} in one issue`, parsed.place(['articles'], true) ?? { line: 1, column: 1 }, 'issue-too-large', {
      note: 'split the issue into several, or check that every article file is the right one',
    });
    return [];
  }
  return files;
}

function readListed(world: World, parsed: ParsedIssueConfig): VFile[] {
  const listed = parsed.config?.articles;
  const onDisk = world.listArticles();
  if (listed === undefined) {
    if (onDisk.length === 0) {
      error(parsed.file, 'Unexpected issue without articles, expected at least one `.md` file in the issue folder', { line: 1, column: 1 }, 'articles-none', {
        note: 'write each article as a Markdown file next to issue.yaml, e.g. `01-editorial.md`, starting with its front matter',
      });
    }
    return onDisk.map((name) => world.readSource(name));
  }
  const files: VFile[] = [];
  const seen = new Set<string>();
  listed.forEach((name, index) => {
    const place = parsed.place(['articles', index]);
    const normalized = name.trim().replace(/^\.\//, '');
    if (path.isAbsolute(normalized) || /^[a-zA-Z]:[\\/]/.test(normalized) || normalized.startsWith('\\')) {
      error(parsed.file, `Unexpected absolute path \`${name}\` as article, expected a file name such as \`01-meldung.md\``, place, 'file-absolute', {
        note: 'articles are Markdown files in the issue folder, listed by their names',
      });
      return;
    }
    if (normalized.split(/[\\/]/).includes('..')) {
      error(parsed.file, `Unexpected article path \`${name}\` outside the issue folder, expected a file in it`, place, 'file-outside', {
        note: 'copy the article into the issue folder and list it by its name',
      });
      return;
    }
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
