/**
 * Traces an element of the HTML page back to the content that made it: an
 * image to its figure or portrait, a heading to its Markdown line, anything
 * else in an article to the article's title line, the masthead and the
 * Impressum to issue.yaml. Returns `file:line:column`, or the file alone.
 */
import type { Issue, Source } from '../../model/types.js';
import { imageRefs } from '../../assets/resolve-images.js';
import { eachBlock } from '../../model/rules/walk.js';
import type { ElementFacts } from './element-facts.js';

/** The source of the element, as `file:line:column` when the model knows the line. */
export function locateElement(issue: Issue, facts: ElementFacts): string | undefined {
  const source = sourceOf(issue, facts);
  if (source === undefined) return undefined;
  const start = source.position?.start;
  return start ? `${source.file}:${start.line}:${start.column}` : source.file;
}

function sourceOf(issue: Issue, facts: ElementFacts): Source | undefined {
  if (!facts.found) return undefined;
  const hash = /-([0-9a-f]{8})\.\w+$/.exec(facts.src)?.[1];
  if (hash !== undefined) {
    const image = imageRefs(issue).find(({ ref }) => ref.asset?.hash.startsWith(hash));
    if (image) return image.source;
  }
  if (facts.region !== '') return issue.source;
  const article = issue.articles.find((candidate) => candidate.id === facts.article);
  if (article === undefined) return undefined;
  let heading: Source | undefined;
  if (facts.id !== '') {
    eachBlock(article, (block) => {
      if (block.type === 'heading' && block.id === facts.id) heading = block.source;
    });
  }
  return heading ?? article.source;
}
