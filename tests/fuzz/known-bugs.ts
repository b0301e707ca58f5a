/**
 * Crashes the fuzzer found in code outside the front half (the PDF renderer),
 * not fixed yet. Each has an issue folder in regressions/ and a skipped test
 * in regressions.test.ts; the fuzz test counts a failure matching one of
 * these as known instead of failing. Remove an entry once its bug is fixed.
 */

/** A known bug: its regression folder and how its failure reads. */
export interface KnownBug { regression: string; match: RegExp }

/** The known bugs. */
export const knownBugs: readonly KnownBug[] = [];

/** The known bug a failure matches, if any. */
export function knownBug(problems: readonly string[]): KnownBug | undefined {
  return knownBugs.find((bug) => problems.length > 0 && problems.every((problem) => bug.match.test(problem)));
}
