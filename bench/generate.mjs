/**
 * Generates the benchmark's issues from the seed issue and the gemeindebrief
 * fixture: their articles repeated and varied with a seeded PRNG (paragraphs
 * shuffled among the paragraph slots, titles numbered "… (Teil 7)"), their
 * pictures kept. The same name always gives the same bytes, and a bigger
 * issue of a family begins with the articles of the smaller one.
 *
 *   node bench/generate.mjs <folder> [name …]   writes the issues into <folder>
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '..');

/** The issues the articles are taken from, relative to the root. */
export const sourceIssues = ['issues/2018-herbst', 'tests/fixtures/issues/gemeindebrief'];

/**
 * The generated issues. `pages-*` mix every kind of article as the sources
 * do and aim at about that many A4 pages (the counts were calibrated against
 * the real build; the bench prints the pages it got). `3col-*` hold the same
 * ten articles set in three columns, repeated: 60 is exactly 6× the content of 10.
 */
export const generatedIssues = [
  { name: 'pages-10', kind: 'mixed', articles: 14 },
  { name: 'pages-50', kind: 'mixed', articles: 69 },
  { name: 'pages-100', kind: 'mixed', articles: 138 },
  { name: '3col-10', kind: 'three-column', repeats: 1 },
  { name: '3col-60', kind: 'three-column', repeats: 6 },
];

/** The ten articles of the three-column issues (all of type "article"). */
const threeColumnArticles = [
  'issues/2018-herbst/02-sprachfoerderung.md',
  'issues/2018-herbst/03-bundeskonferenz.md',
  'issues/2018-herbst/05-diversity-tag.md',
  'issues/2018-herbst/06-loewen-im-herz.md',
  'issues/2018-herbst/07-integrationskonferenz.md',
  'issues/2018-herbst/11-makkabi.md',
  'issues/2018-herbst/12-vernetzungstreffen.md',
  'tests/fixtures/issues/gemeindebrief/02-buergerbuero.md',
  'tests/fixtures/issues/gemeindebrief/03-willkommenszentrum.md',
  'tests/fixtures/issues/gemeindebrief/07-gemeindewald.md',
];

const seed = 0x0b1a77;

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function prng(state) {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One source article: its file, front matter and body blocks. */
function readArticle(file) {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`bench: ${file} has no front matter`);
  const frontMatter = match[1];
  const type = /^type:\s*"?(\w+)"?/m.exec(frontMatter)?.[1] ?? 'article';
  return { file, type, frontMatter, blocks: splitBlocks(text.slice(match[0].length)) };
}

/** The body's blocks, split at blank lines; a `:::` container stays one block with its blank lines. */
function splitBlocks(body) {
  const blocks = [];
  let current = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    if (/^:::+\w/.test(line)) depth += 1;
    else if (/^:::+\s*$/.test(line)) depth = Math.max(0, depth - 1);
    if (line.trim() === '' && depth === 0) {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

/** Whether a block is a plain paragraph (not a heading, list, table, directive or footnote). */
function isParagraph(block) {
  return !/^(#|:|[-*+] |\d+\. |\||\[\^|!\[|>|```)/.test(block);
}

/**
 * An article varied for its place in a generated issue: the paragraphs
 * shuffled among the paragraph slots (headings, figures, lists and boxes keep
 * their places, so heading levels stay valid), the title numbered.
 */
function varyArticle(article, { part, random, columns }) {
  const slots = article.blocks.map((block, index) => (isParagraph(block) ? index : -1)).filter((index) => index >= 0);
  const order = shuffled(slots, random);
  const blocks = [...article.blocks];
  slots.forEach((slot, i) => {
    blocks[slot] = article.blocks[order[i]];
  });
  let frontMatter = article.frontMatter.replace(/^title:\s*"(.*)"\s*$/m, (_line, title) => `title: "${title} (Teil ${part})"`);
  if (columns !== undefined) frontMatter = frontMatter.replace(/^columns:.*$/m, `columns: ${columns}`);
  return `---\n${frontMatter}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** The articles of a generated issue, as file names and texts. */
function articlesOf(spec) {
  if (spec.kind === 'three-column') {
    const pool = threeColumnArticles.map(readArticle);
    const out = [];
    for (let repeat = 0; repeat < spec.repeats; repeat += 1) {
      pool.forEach((article, index) => {
        const random = prng(seed + repeat * 1000 + index);
        out.push(varyArticle(article, { part: repeat + 1, random, columns: 3 }));
      });
    }
    return out;
  }
  const all = sourceIssues.flatMap((issue) => articleFiles(issue).map((file) => readArticle(path.join(issue, file))));
  const editorial = all.find((article) => article.type === 'editorial');
  const pool = all.filter((article) => article.type !== 'editorial');
  const out = [varyArticle(editorial, { part: 1, random: prng(seed) })];
  for (let index = 1; out.length < spec.articles; index += 1) {
    const cycle = Math.floor((index - 1) / pool.length);
    const article = shuffled(pool, prng(seed + cycle))[(index - 1) % pool.length];
    out.push(varyArticle(article, { part: cycle + 1, random: prng(seed + 7919 * index) }));
  }
  return out;
}

/** The article files of a source issue, in the order its issue.yaml lists them. */
function articleFiles(issue) {
  const yaml = readFileSync(path.join(root, issue, 'issue.yaml'), 'utf8');
  const list = yaml.slice(yaml.indexOf('\narticles:'));
  return [...list.matchAll(/^\s+-\s+(\S+\.md)\s*$/gm)].map((match) => match[1]);
}

/** The issue.yaml of a generated issue: the seed's masthead and Impressum with a new title and article list. */
function issueYaml(spec, files) {
  const yaml = readFileSync(path.join(root, sourceIssues[0], 'issue.yaml'), 'utf8');
  const head = yaml.slice(0, yaml.indexOf('\narticles:')).replace(/^title:.*$/m, `title: "Benchmark ${spec.name}"`);
  return `${head}\narticles:\n${files.map((file) => `  - ${file}\n`).join('')}`;
}

/** Writes one generated issue into `folder/bench-<name>/` and returns its folder and article count. */
export function writeIssue(folder, name) {
  const spec = generatedIssues.find((candidate) => candidate.name === name);
  if (spec === undefined) throw new Error(`bench: unexpected issue name ${name}, expected one of ${generatedIssues.map((s) => s.name).join(', ')}`);
  const dir = path.join(folder, `bench-${name}`);
  mkdirSync(dir, { recursive: true });
  const texts = articlesOf(spec);
  const files = texts.map((_text, index) => `${String(index + 1).padStart(3, '0')}-artikel.md`);
  texts.forEach((text, index) => writeFileSync(path.join(dir, files[index]), text));
  writeFileSync(path.join(dir, 'issue.yaml'), issueYaml(spec, files));
  for (const issue of sourceIssues) cpSync(path.join(root, issue, 'images'), path.join(dir, 'images'), { recursive: true });
  return { name, dir, articles: texts.length };
}

/** Copies the seed issue into `folder/2018-herbst/`, so a warm rebuild can edit it without touching the repository. */
export function copySeed(folder) {
  const dir = path.join(folder, path.basename(sourceIssues[0]));
  cpSync(path.join(root, sourceIssues[0]), dir, { recursive: true });
  return { name: 'seed', dir, articles: articleFiles(sourceIssues[0]).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [folder, ...names] = positionals;
  if (folder === undefined) {
    process.stderr.write('usage: node bench/generate.mjs <folder> [name …]\n');
    process.exit(2);
  }
  for (const name of names.length > 0 ? names : generatedIssues.map((spec) => spec.name)) {
    const { dir, articles } = writeIssue(path.resolve(folder), name);
    process.stdout.write(`${dir}: ${articles} articles\n`);
  }
}
