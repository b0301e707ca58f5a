/** Builds the issue model from the checked issue.yaml and the parsed articles. */
import type { Article, Issue } from './types.js';
import type { ParsedIssueConfig } from '../parse/parse-issue-config.js';

/** Assembles the issue; undefined when issue.yaml is unusable. */
export function buildIssue(slug: string, parsed: ParsedIssueConfig, articles: Article[]): Issue | undefined {
  const { config, file } = parsed;
  if (config === undefined) return undefined;
  return {
    slug,
    title: config.title.trim(),
    edition: config.edition?.trim(),
    date: config.date,
    lang: config.lang ?? 'de',
    publisher: config.publisher.trim(),
    impressum: config.impressum.map((entry, index) => ({
      label: entry.label.trim(),
      lines: entry.text.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      source: { file: file.path, position: parsed.place(['impressum', index]) },
    })),
    articles,
    source: { file: file.path, position: undefined },
    fieldSources: {
      title: { file: file.path, position: parsed.place(['title']) },
      edition: { file: file.path, position: parsed.place(['edition']) },
      publisher: { file: file.path, position: parsed.place(['publisher']) },
    },
  };
}

/** A stand-in issue holding only the articles, for checking them when issue.yaml is unusable; never rendered. */
export function articlesOnly(slug: string, articles: Article[]): Issue {
  const source = { file: '', position: undefined };
  return { slug, title: '', edition: undefined, date: '', lang: 'de', publisher: '', impressum: [], articles, source, fieldSources: { title: source, edition: source, publisher: source } };
}
