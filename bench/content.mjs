/**
 * The text of an issue as the comparison renderers need it: Blattwerk's own
 * model (load, parse, model; no rendering) flattened to headings, paragraphs
 * and figures, in reading order. Also writes that content as a Typst source.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './generate.mjs';

const dist = (file) => pathToFileURL(path.join(root, 'dist', 'src', file)).href;

/** The flattened content of an issue folder, or throws when the issue has errors. */
export async function extractContent(dir) {
  const { build } = await import(dist('pipeline.js'));
  const { loadTemplates } = await import(dist('cli/engine.js'));
  const result = await build({ dir, cwd: dir, templates: await loadTemplates(), targets: [] });
  if (!result.ok || result.issue === undefined) throw new Error(`bench: ${dir} does not build: ${result.files.flatMap((f) => f.messages.map(String)).join('\n')}`);
  const issue = result.issue;
  const articles = issue.articles.map((article) => {
    const blocks = [];
    if (article.kicker) blocks.push({ kind: 'paragraph', text: article.kicker });
    if (article.subtitle) blocks.push({ kind: 'heading', text: article.subtitle });
    if (article.lead) blocks.push({ kind: 'paragraph', text: article.lead });
    for (const block of article.body) flattenBlock(block, blocks, dir);
    for (const note of article.footnotes) {
      note.children.forEach((child, index) => flattenBlock(child, blocks, dir, index === 0 ? `${note.number} ` : ''));
    }
    if (article.author) blocks.push({ kind: 'paragraph', text: [article.author, article.role].filter(Boolean).join(', ') });
    return { title: article.title, blocks };
  });
  articles.push({ title: 'Impressum', blocks: issue.impressum.map((entry) => ({ kind: 'paragraph', text: `${entry.label}: ${entry.lines.join(' · ')}` })) });
  const words = articles.reduce((sum, article) => sum + countWords(article.title) + article.blocks.reduce((n, block) => n + countWords(block.text), 0), 0);
  return { title: issue.title, lang: issue.lang, words, articles };
}

function flattenBlock(block, out, dir, prefix = '') {
  switch (block.type) {
    case 'paragraph':
      out.push({ kind: 'paragraph', text: prefix + inlineText(block.children) });
      break;
    case 'heading':
      out.push({ kind: 'heading', text: inlineText(block.children) });
      break;
    case 'list':
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : '• ';
        item.children.forEach((child, i) => flattenBlock(child, out, dir, i === 0 ? marker : ''));
      });
      break;
    case 'table':
      if (block.caption) out.push({ kind: 'paragraph', text: inlineText(block.caption) });
      for (const row of [block.head, ...block.body]) out.push({ kind: 'paragraph', text: row.cells.map((cell) => inlineText(cell.children)).join(' | ') });
      break;
    case 'figure':
      out.push({ kind: 'figure', src: path.join(dir, block.image.src), alt: block.alt ?? '', text: [inlineText(block.caption), block.credit].filter(Boolean).join(' ') });
      break;
    case 'aside':
      out.push({ kind: 'heading', text: block.title });
      for (const child of block.children) flattenBlock(child, out, dir);
      break;
    case 'pullquote':
    case 'blockquote':
      for (const child of block.children) flattenBlock(child, out, dir);
      if (block.cite) out.push({ kind: 'paragraph', text: `– ${block.cite}` });
      break;
    case 'codeBlock':
      out.push({ kind: 'paragraph', text: block.value });
      break;
    default:
      break;
  }
}

function inlineText(nodes) {
  return nodes.map((node) => {
    if (node.type === 'text' || node.type === 'code') return node.value;
    if (node.type === 'break') return ' ';
    if (node.type === 'noteRef') return String(node.number);
    return inlineText(node.children ?? []);
  }).join('');
}

function countWords(text) {
  return text.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;
}

/** The content as a Typst document of the same geometry: A4, two columns, German hyphenation, justified, tagged when compiled with `--pdf-standard ua-1`. */
export function typstSource(content) {
  const escape = (text) => text.replace(/[\\#$*_`<>@\[\]~=/-]/g, (c) => `\\${c}`);
  const lines = [
    `#set document(title: "${content.title.replace(/["\\]/g, '')}")`,
    '#set page(paper: "a4", margin: (top: 16mm, bottom: 20mm, x: 16mm), columns: 2)',
    `#set text(lang: "${content.lang}", font: "Noto Serif", size: 9.5pt, hyphenate: true)`,
    '#set par(justify: true, leading: 0.5em)',
    `#place(top, scope: "parent", float: true, text(size: 40pt, font: "Noto Sans", weight: "bold")[${escape(content.title)}])`,
  ];
  for (const article of content.articles) {
    lines.push('', `= ${escape(article.title)}`, '');
    for (const block of article.blocks) {
      if (block.kind === 'heading') lines.push(`== ${escape(block.text)}`, '');
      else if (block.kind === 'figure') lines.push(`#figure(image("${block.src}", width: 100%, alt: "${block.alt.replace(/["\\]/g, '')}"), caption: [${escape(block.text)}])`, '');
      else lines.push(escape(block.text), '');
    }
  }
  return `${lines.join('\n')}\n`;
}
