/**
 * Liang's hyphenation over the pattern sets of the `hyphen` package, with
 * the same results as its `hyphenateSync` (tests/render/liang.test.ts
 * compares them word by word) but in a form that is quick to start from:
 *
 * - The package keeps a pattern set as a tree of JavaScript objects (German:
 *   25,000 objects, 58,000 keys); read back from the start-up snapshot on
 *   every build, that tree alone cost ≈ 25 ms. Compiled here, a set is a
 *   hash table of (node, letter) → node in two typed arrays, a typed array
 *   of each node's levels and the small table of level patterns: a handful
 *   of objects, read back as a copy of bytes.
 * - The package walks a word through closures, string slices and a type
 *   test per tree node; a cold build runs that code in V8's interpreter,
 *   where it took ≈ 40 µs a word. The walk here is two loops over numbers.
 *
 * The text reader (which parts of a string are words) follows the package's
 * step by step, quirks included, so a string gives the same pieces either way.
 */

/** A pattern set as the `hyphen` package ships it: level patterns, the pattern tree, exceptions (lower-case word → break positions). */
export type PatternDefinition = [levels: number[][], tree: PatternTree, exceptions?: Record<string, number[]>];
/** A tree node: letters to subtrees, to a level pattern's index (a leaf), or to both (`[subtree, index]`). */
export interface PatternTree { [letter: string]: PatternTree | number | [PatternTree, number] }

/** A compiled pattern set. */
export interface CompiledPatterns {
  /** The level patterns. */
  levels: readonly (readonly number[])[];
  /** Each letter of the patterns, numbered from 0. */
  alphabet: ReadonlyMap<string, number>;
  /**
   * The tree's edges in a hash table with open addressing: the key node × 256 + letter at the slot
   * its hash gives (or the next free one after it), the child node at the same slot in `children`;
   * -1 marks a free slot. The root is node 0.
   */
  keys: Int32Array;
  children: Int32Array;
  /** 32 − log2 of the table's size: a key's slot is its multiplicative hash shifted right by this. */
  shift: number;
  /** Each node's level pattern, or -1. */
  nodeLevels: Int16Array;
  /** Break positions of the words the patterns get wrong, by lower-case word. */
  exceptions: ReadonlyMap<string, readonly number[]>;
}

/** Letters a pattern set may use (German uses 30, Polish 35). */
const alphabetLimit = 256;
/** Knuth's multiplicative hash constant (2^32 / φ). */
const golden = 0x9e3779b1;

/** Compiles a pattern set of the `hyphen` package. */
export function compilePatterns([levels, tree, exceptions]: PatternDefinition): CompiledPatterns {
  const alphabet = new Map<string, number>();
  const edgeKeys: number[] = [];
  const nodeLevels: number[] = [-1];
  const walk = (subtree: PatternTree, node: number): void => {
    for (const letter of Object.keys(subtree)) {
      let index = alphabet.get(letter);
      if (index === undefined) {
        index = alphabet.size;
        if (index >= alphabetLimit) throw new Error(`A hyphenation pattern set uses more than ${alphabetLimit} letters`);
        alphabet.set(letter, index);
      }
      const child = nodeLevels.length;
      const value = subtree[letter]!;
      nodeLevels.push(typeof value === 'number' ? value : Array.isArray(value) ? value[1] : -1);
      // Child nodes are numbered in order, so the n-th edge leads to node n + 1.
      edgeKeys.push(node * alphabetLimit + index);
      if (typeof value !== 'number') walk(Array.isArray(value) ? value[0] : value, child);
    }
  };
  walk(tree, 0);
  // A table at most half full keeps the probe sequences short.
  let bits = 4;
  while (1 << bits < edgeKeys.length * 2) bits += 1;
  const keys = new Int32Array(1 << bits).fill(-1);
  const children = new Int32Array(1 << bits);
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  edgeKeys.forEach((key, edge) => {
    let slot = Math.imul(key, golden) >>> shift;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    children[slot] = edge + 1;
  });
  return { levels, alphabet, keys, children, shift, nodeLevels: Int16Array.from(nodeLevels), exceptions: new Map(Object.entries(exceptions ?? {})) };
}

/** A pattern set's hyphenator: the text with `hyphenChar` at every break point, like the package's `hyphenateSync`. */
export type PatternHyphenate = (text: string, options: { hyphenChar: string }) => string;

/** The package's defaults, which Blattwerk uses: words of five letters or more, markup skipped. */
const minWordLength = 5;

/** Whether a character ends a word for the package: white space, ASCII punctuation and digits (not the apostrophe), and U+2013–U+203C. */
// eslint-disable-next-line no-useless-escape -- the package's own expression, character for character
const notLetter = /\s|(?![\'])[\!-\@\[-\`\{-\~\u2013-\u203C]/;
const isNotLetter = (char: string): boolean => notLetter.test(char);

/** Words whose break positions a hyphenator keeps before it starts again (the preview runs for hours). */
const remembered = 200_000;

/** A hyphenator over a compiled pattern set. */
export function patternHyphenator(patterns: CompiledPatterns): PatternHyphenate {
  // As in the package, break positions are found once per lower-case word.
  let found = new Map<string, readonly number[]>(patterns.exceptions);
  return (text, { hyphenChar }) => {
    let out = '';
    // Nearly every call is one word of letters only, which the reader would pass whole.
    const words: Iterable<[string, string]> = notLetter.test(text) || text.includes(hyphenChar) ? fragments(text, hyphenChar) : [text.length >= minWordLength ? ['', text] : [text, '']];
    for (const [before, word] of words) {
      if (word === '') {
        out += before;
        continue;
      }
      const lowered = word.toLocaleLowerCase();
      let at = found.get(lowered);
      if (at === undefined) {
        at = markers(patterns, word, lowered);
        if (found.size > remembered) found = new Map(patterns.exceptions);
        found.set(lowered, at);
      }
      out += before + insert(word, hyphenChar, at);
    }
    return out;
  };
}

/** Break positions in a word: where the highest level any pattern gives is odd. */
function markers(patterns: CompiledPatterns, word: string, lowered: string): number[] {
  const { alphabet, nodeLevels, levels: table, keys, children, shift } = patterns;
  const mask = keys.length - 1;
  // As in the package: one level per gap of the original word; a pattern reaching past its end grows the array.
  const levels: number[] = new Array<number>(word.length + 1).fill(0);
  const chars = `.${lowered}.`.split('');
  const codes = chars.map((char) => alphabet.get(char) ?? -1);
  for (let start = 0; chars.length - start >= 3; start += 1) {
    const at = start === 0 ? 0 : start - 1;
    let node = 0;
    for (let i = start; i < codes.length; i += 1) {
      const code = codes[i]!;
      if (code < 0) break;
      // The child along this letter, from the hash table; written out rather than called, since a cold
      // build runs this in V8's interpreter, where every call costs.
      const key = node * alphabetLimit + code;
      let slot = Math.imul(key, golden) >>> shift;
      let found = keys[slot]!;
      while (found !== key && found !== -1) {
        slot = (slot + 1) & mask;
        found = keys[slot]!;
      }
      if (found === -1) break;
      const child = children[slot]!;
      node = child;
      const level = nodeLevels[child]!;
      if (level < 0) continue;
      const pattern = table[level]!;
      for (let k = 0; k < pattern.length; k += 1) levels[at + k] = Math.max(pattern[k]!, levels[at + k]!);
    }
  }
  const last = levels.length;
  levels[0] = levels[1] = levels[last - 1] = levels[last - 2] = 0;
  const out: number[] = [];
  for (let i = 0; i < levels.length; i += 1) if ((levels[i]! & 1) === 1) out.push(i);
  return out;
}

function insert(word: string, hyphenChar: string, at: readonly number[]): string {
  if (at.length === 0) return word;
  const pieces = [word.slice(0, at[0])];
  for (let i = 1; i < at.length; i += 1) pieces.push(word.slice(at[i - 1], at[i]));
  pieces.push(word.slice(at[at.length - 1]));
  return pieces.join(hyphenChar);
}

/**
 * The package's text reader: splits a text into [passed through, word to
 * hyphenate] pairs. Words are runs of letters of five or more; markup
 * (`<` before a letter or `/`, up to `>`) and words that already hold the
 * hyphen character are passed through.
 */
function* fragments(text: string, hyphenChar: string): Generator<[string, string]> {
  let passed = '';
  let current = '';
  let inMarkup = false;
  let inHyphenated = false;
  const accumulate = (): void => {
    passed += current;
    current = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i++);
    const next = text.charAt(i);
    current += char;
    // The package asks its verifiers in turn and stops at the first that skips.
    if (inMarkup) {
      if (char === '>') {
        accumulate();
        inMarkup = false;
      }
    } else if (char === '<' && (!isNotLetter(next) || next === '/')) {
      inMarkup = true;
    }
    let skip = inMarkup;
    if (!skip) {
      if (inHyphenated) {
        if (!isNotLetter(char) && isNotLetter(next)) {
          accumulate();
          inHyphenated = false;
        }
      } else if (!isNotLetter(char) && next === hyphenChar) {
        inHyphenated = true;
      }
      skip = inHyphenated;
    }
    if (!skip) {
      if (isNotLetter(char) && !isNotLetter(next)) accumulate();
      if (!isNotLetter(char) && isNotLetter(next)) {
        if (current.length >= minWordLength) {
          yield [passed, current];
          passed = current = '';
          continue;
        }
        accumulate();
      }
    }
    if (next === '') {
      if (current.length < minWordLength || skip) accumulate();
      yield [passed, current];
      passed = current = '';
    }
  }
}
