/**
 * Every rule id a message can carry. Messages must name one of these (the
 * type of error() and warn() says so), and docs/authoring.md explains each
 * under a heading of its name (a test checks that).
 */
export const ruleIds = [
  // files and encoding
  'file-absolute', 'file-outside', 'file-missing', 'file-not-a-file', 'file-unreadable', 'file-too-large', 'file-empty',
  'encoding', 'encoding-bom', 'issue-folder', 'issue-too-large',
  // YAML: issue.yaml and front matter
  'yaml-syntax', 'yaml-type', 'yaml-empty', 'yaml-date', 'yaml-enum', 'yaml-range', 'yaml-key', 'yaml-unknown-key',
  'yaml-missing-key', 'yaml-alias', 'language-tag', 'frontmatter-missing', 'frontmatter-unclosed',
  // the article list
  'articles-none', 'articles-extension', 'articles-duplicate', 'articles-missing', 'articles-unlisted',
  // Markdown and directives
  'article-empty', 'markdown-limit', 'text-control-character', 'markdown-unsupported', 'html', 'heading-top', 'heading-deep', 'heading-empty', 'heading-skip',
  'directive-unknown', 'directive-unclosed', 'directive-attribute', 'directive-attribute-missing',
  'figure-caption', 'figure-decorative-alt', 'pullquote-empty', 'aside-empty', 'aside-title',
  'table-caption', 'table-directive', 'table-header-empty', 'lang-empty', 'lang-unmarked',
  'footnote-undefined', 'footnote-unused',
  // links
  'link-target', 'link-text', 'link-reference', 'link-text-vague',
  // images
  'image-inline', 'image-reference', 'image-path', 'image-remote',
  'image-absolute', 'image-outside', 'image-missing', 'image-not-a-file', 'image-unreadable', 'image-too-large',
  'image-not-an-image', 'image-truncated', 'image-corrupt', 'image-unsupported', 'image-resolution',
  // the PDF's fonts
  'glyph-missing',
  // alternative text
  'alt-missing', 'alt-empty', 'alt-filename', 'alt-redundant', 'alt-caption', 'alt-long',
] as const;

/** The id of a rule. */
export type RuleId = (typeof ruleIds)[number];
