/**
 * The order of article files (src/load/world.ts): plain names are sorted by
 * their characters' codes, which must be the English collation's order, and
 * any other name brings in the collator for all.
 */
import { describe, expect, test } from 'vitest';
import { sortNames } from '../../src/load/world.js';
import { random } from '../helpers/random.js';

const collated = (names: string[]) => [...names].sort(new Intl.Collator('en').compare);

describe('sortNames', () => {
  test('plain names (a–z, 0–9, hyphen, dot) come out in the English collation order', () => {
    const next = random(2018);
    const alphabet = 'abcz0129-.';
    for (let round = 0; round < 2000; round += 1) {
      const names = Array.from({ length: 2 + Math.floor(next() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('') + (next() < 0.7 ? '.md' : ''));
      expect(sortNames([...names])).toEqual(collated(names));
    }
    expect(sortNames(['10-b.md', '02-a.md', '01-editorial-2.md', '01-editorial.md', '1.md'])).toEqual(['01-editorial-2.md', '01-editorial.md', '02-a.md', '1.md', '10-b.md']);
  });

  test('names with capitals, underscores or umlauts are collated: capitals with their letters, not before them', () => {
    const names = ['b.md', 'A.md', '_x.md', 'ä.md', 'a-b.md', 'Z.md'];
    expect(sortNames([...names])).toEqual(collated(names));
    expect(sortNames([...names]).indexOf('A.md')).toBeLessThan(sortNames([...names]).indexOf('b.md'));
  });
});
