/** Loads the mdast type extensions of the Markdown syntax Blattwerk reads (directives, GFM, front matter). */
export type {} from 'mdast-util-directive';
export type {} from 'mdast-util-gfm';
export type {} from 'mdast-util-frontmatter';
