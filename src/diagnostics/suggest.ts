/** Suggestions for misspelt names: the nearest valid one, if it is near enough. */
import { distance } from 'fastest-levenshtein';

/** Returns the candidate nearest to `value`, or undefined when none is plausibly meant. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // About one typo per three letters; two for words of four letters or more (a swap of two letters counts two).
  const limit = value.length >= 4 ? Math.max(2, Math.floor(value.length / 3)) : 1;
  return bestDistance <= limit ? best : undefined;
}

/** Formats a list of names for a message: `a`, `b` or `c`. */
export function listNames(names: readonly string[], conjunction = 'or'): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
