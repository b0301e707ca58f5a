/**
 * Blattwerk's own pattern hyphenator (src/render/pdf/liang.ts) gives the same
 * break points as the `hyphen` package it replaces, for every pattern set
 * Blattwerk uses: on every word of every issue and test case in the
 * repository, on whole paragraphs, and on random strings built to hit the
 * package's quirks (markup, digits, apostrophes, soft hyphens, letters whose
 * lower case is longer, runs of punctuation).
 */
import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../helpers/fixtures.js';
import { compilePatterns, patternHyphenator, type PatternDefinition, type PatternHyphenate } from '../../src/render/pdf/liang.js';
import { patternSets } from '../../src/render/pdf/hyphenation.js';
import { random } from '../helpers/random.js';

const require = createRequire(import.meta.url);
const soft = '\u00ad';

/** Every Markdown and YAML file under the issues and tests folders. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
      else if (/\.(md|ya?ml)$/.test(entry.name)) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, 'issues'));
  walk(path.join(root, 'tests'));
  return out;
}

const pieces = ['a', 'e', 'i', 'o', 'u', 'n', 'r', 's', 't', 'ch', 'sch', 'ung', 'keit', 'ä', 'ö', 'ü', 'ß', 'ł', 'ş', 'ğ', 'é', 'ñ', 'ij', 'İ', 'A', 'Ö',
  ' ', '.', ',', '-', "'", '’', '–', '<', '>', '/', '<b>', '</i>', '1', '2018', soft, '…', '&', '  ', '.....', 'x'];

function randomText(next: () => number): string {
  const length = 1 + Math.floor(next() * 24);
  let text = '';
  for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

describe('the pattern hyphenator gives the hyphen package’s break points', () => {
  const texts = sources();
  const words = [...new Set(texts.flatMap((text) => text.split(/\s+/)).filter((word) => word !== ''))];
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/)).filter((text) => text.length > 0).slice(0, 400);

  for (const [primary, module] of Object.entries(patternSets())) {
    test(primary, () => {
      const theirs = (require(module.replace('/patterns/', '/').replace(/\.js$/, '')) as { hyphenateSync: PatternHyphenate }).hyphenateSync;
      const ours = patternHyphenator(compilePatterns(require(module) as PatternDefinition));
      const next = random(20181101 + primary.charCodeAt(0));
      const cases = [...words, ...paragraphs, ...Array.from({ length: 3000 }, () => randomText(next))];
      const differing = cases.filter((text) => ours(text, { hyphenChar: soft }) !== theirs(text, { hyphenChar: soft }));
      expect(differing.slice(0, 5).map((text) => [text, ours(text, { hyphenChar: soft }), theirs(text, { hyphenChar: soft })])).toEqual([]);
      // The comparison means something only where the patterns do break words.
      const broken = cases.filter((text) => ours(text, { hyphenChar: soft }).includes(soft)).length;
      expect(broken).toBeGreaterThan(primary === 'it' || primary === 'tr' ? 100 : 1000);
      // Another hyphen character, as the package takes it.
      expect(ours('Integrationsbeauftragte', { hyphenChar: '|' })).toBe(theirs('Integrationsbeauftragte', { hyphenChar: '|' }));
    });
  }

  test('German compounds break where the patterns say', () => {
    const ours = patternHyphenator(compilePatterns(require('hyphen/patterns/de-1996.js') as PatternDefinition));
    expect(ours('Integrationsbeauftragte', { hyphenChar: '-' })).toBe('In-te-gra-ti-ons-be-auf-trag-te');
    expect(ours('Haus', { hyphenChar: '-' })).toBe('Haus');
  });
});
