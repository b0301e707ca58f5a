/**
 * Hyphenation held to typographic limits, for textkit's line breaker: words
 * under 6 letters are never split, at least 3 letters stay on each side,
 * compounds with their own hyphen ("E-Mail-Adresse") break only there, and
 * addresses (URLs, e-mail) break after their separators. An author's soft
 * hyphens (U+00AD) take precedence over the patterns.
 */
import { createRequire } from 'node:module';
import { compilePatterns, patternHyphenator, type CompiledPatterns, type PatternDefinition, type PatternHyphenate } from './liang.js';

const require = createRequire(import.meta.url);

/** Splits one token into the pieces a line may break between. */
export type Hyphenator = (word: string) => string[];

/** The pattern sets of the `hyphen` package per primary language (its modules under hyphen/patterns/). */
const patternModules: Record<string, string> = {
  de: 'hyphen/patterns/de-1996.js',
  en: 'hyphen/patterns/en-us.js',
  fr: 'hyphen/patterns/fr.js',
  it: 'hyphen/patterns/it.js',
  es: 'hyphen/patterns/es.js',
  nl: 'hyphen/patterns/nl.js',
  pl: 'hyphen/patterns/pl.js',
  tr: 'hyphen/patterns/tr.js',
};

const cache = new Map<string, Hyphenator>();
/** Pattern sets compiled ahead of use (the start-up snapshot holds them, since it cannot load packages later), by primary language. */
const provided = new Map<string, CompiledPatterns>();
/** Each primary language's pattern hyphenator, made on first use. */
const hyphenators = new Map<string, PatternHyphenate>();

/** Hands in the compiled pattern set of a primary language, so it is not loaded from its package when first needed. */
export function providePatterns(primary: string, patterns: CompiledPatterns): void {
  provided.set(primary, patterns);
}

/** The primary languages that have pattern sets, and the module of each. */
export function patternSets(): Readonly<Record<string, string>> {
  return patternModules;
}

function patternsFor(primary: string): PatternHyphenate | undefined {
  const module = patternModules[primary];
  if (module === undefined) return undefined;
  let hyphenate = hyphenators.get(primary);
  if (hyphenate === undefined) {
    hyphenate = patternHyphenator(provided.get(primary) ?? compilePatterns(require(module) as PatternDefinition));
    hyphenators.set(primary, hyphenate);
  }
  return hyphenate;
}

/** Minimum letters before and after a break, and minimum word length to break at all. */
export interface HyphenationLimits { left: number; right: number; minWord: number }

/**
 * The limits by strictness: 0 is the default; a paragraph that ends more than
 * three lines in a row with a hyphen is set again at the next level, which
 * offers fewer and better break points; the last level breaks only at the
 * hyphens the text itself has (and inside words too long for a column).
 * Headings are always set at the last level.
 */
export const strictness: readonly (HyphenationLimits | undefined)[] = [
  { left: 3, right: 3, minWord: 6 },
  { left: 4, right: 4, minWord: 9 },
  { left: 5, right: 5, minWord: 13 },
  undefined,
];

const soft = '\u00ad';
const leadingPunctuation = /^[„“”‚‘’"'«»‹›([{¿¡*]+/u;
const trailingPunctuation = /[.,;:!?…“”‘’"'«»‹›)\]}*]+$/u;

/** The hyphenator of a language (a BCP 47 tag) at a strictness level; languages without patterns only break at hyphens and soft hyphens. */
export function hyphenatorFor(lang: string, level = 0, longest = longestPiece): Hyphenator {
  const primary = lang.split('-')[0]!.toLowerCase();
  const key = `${primary}:${level}:${longest}`;
  let hyphenator = cache.get(key);
  if (hyphenator === undefined) {
    const limits = strictness[Math.min(level, strictness.length - 1)];
    const patterns = patternsFor(primary);
    const rules = limits ?? { left: 3, right: 3, minWord: Infinity };
    // textkit asks once per word and layout; words repeat, and the patterns are the slow part.
    const known = new Map<string, string[]>();
    hyphenator = (word) => {
      let pieces = known.get(word);
      if (pieces === undefined) {
        pieces = hyphenateToken(word, patterns, rules, longest);
        if (known.size > 200_000) known.clear();
        known.set(word, pieces);
      }
      return pieces;
    };
    cache.set(key, hyphenator);
  }
  return hyphenator;
}

function hyphenateToken(token: string, patterns: PatternHyphenate | undefined, limits: HyphenationLimits, longest: number): string[] {
  if (token.trim() === '' || !/\p{L}/u.test(token)) return [token];
  if (token.includes(soft)) return token.split(soft).filter((part) => part !== '');
  const lead = leadingPunctuation.exec(token)?.[0] ?? '';
  const rest = token.slice(lead.length);
  const trail = trailingPunctuation.exec(rest)?.[0] ?? '';
  const core = rest.slice(0, rest.length - trail.length);
  const pieces = chunkLong(splitCore(core, patterns, limits), patterns, longest);
  if (pieces.length <= 1) return [token];
  pieces[0] = lead + pieces[0];
  pieces[pieces.length - 1] += trail;
  return pieces;
}

function splitCore(core: string, patterns: PatternHyphenate | undefined, limits: HyphenationLimits): string[] {
  if (/[@/]|^www\.|:\/\//i.test(core)) return splitAfter(core, /[/.@_-]/);
  if (core.includes('-')) return joinShort(splitAfter(core, /-/), limits);
  if (patterns === undefined) return [core];
  if (letterCount(core) < limits.minWord || /\d/.test(core) || core === core.toUpperCase()) return [core];
  const syllables = patterns(core, { hyphenChar: soft }).split(soft);
  return enforceLimits(syllables, limits);
}

/** Longest piece without a break point that lines may need to hold; longer ones get emergency breaks. */
const longestPiece = 20;
/** The same for headlines, set large but across the full width: only a word longer than this is broken. */
export const longestHeadlinePiece = 30;

/**
 * Gives pieces longer than a narrow column can hold break points, so the
 * line breaker can keep them inside their column instead of letting them run
 * out of it: at their syllables where the language has patterns (even where
 * hyphenation is otherwise off, as in headings), and what is still too long
 * (a 120-letter word, a long code) every ten characters.
 */
function chunkLong(pieces: string[], patterns: PatternHyphenate | undefined, longest: number): string[] {
  if (pieces.every((piece) => [...piece].length <= longest)) return pieces;
  return pieces.flatMap((piece) => {
    if ([...piece].length <= longest) return [piece];
    const syllables = patterns && /^\p{L}+$/u.test(piece) ? enforceLimits(patterns(piece, { hyphenChar: soft }).split(soft), strictness[0]!) : [piece];
    return syllables.flatMap((syllable) => {
      const chars = [...syllable];
      if (chars.length <= longest) return [syllable];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += 10) out.push(chars.slice(i, i + 10).join(''));
      return out;
    });
  });
}

/** Splits after each separator, keeping the separator on the left piece. */
function splitAfter(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    current += char;
    if (separator.test(char)) {
      pieces.push(current);
      current = '';
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Joins compound parts shorter than the limits to their neighbour ("E-" + "Mail-" stays "E-Mail-"). */
function joinShort(parts: string[], limits: HyphenationLimits): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && letterCount(last) < limits.left) out[out.length - 1] = last + part;
    else out.push(part);
  }
  const tail = out.at(-1);
  if (out.length > 1 && tail !== undefined && letterCount(tail) < limits.right) {
    out.pop();
    out[out.length - 1] += tail;
  }
  return out;
}

/** Merges syllables so that no break leaves fewer than the limits on either side. */
function enforceLimits(syllables: string[], limits: HyphenationLimits): string[] {
  const out: string[] = [];
  for (const syllable of syllables) {
    const last = out.at(-1);
    if (last !== undefined && letterCount(last) < limits.left && out.length === 1) out[0] = last + syllable;
    else out.push(syllable);
  }
  while (out.length > 1 && letterCount(out.at(-1)!) < limits.right) {
    const tail = out.pop()!;
    out[out.length - 1] += tail;
  }
  return out;
}

const letter = /\p{L}/gu;

function letterCount(text: string): number {
  return text.match(letter)?.length ?? 0;
}
