/** Word n-grams, to measure how much of a source text survives in an output. */

/** Lower-case words (letters and digits) of a text. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of word n-grams of a text. */
export function ngrams(text: string, n = 5): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i += 1) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * The share of the source's n-grams found in the output, and the missing
 * ones. A list of sources counts the n-grams within each one only (blocks
 * whose order may differ between outputs, like a table's cells).
 */
export function coverage(source: string | readonly string[], output: string, n = 5): { share: number; missing: string[] } {
  const want = new Set(typeof source === 'string' ? ngrams(source, n) : source.flatMap((part) => [...ngrams(part, n)]));
  const have = ngrams(output, n);
  const missing = [...want].filter((gram) => !have.has(gram));
  return { share: want.size === 0 ? 1 : 1 - missing.length / want.size, missing };
}

/** The seed text with the print layout's line breaks inside words joined ("vorzuberei-" / "ten"). */
export function joinPrintBreaks(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\n(?:[ \t]*\n)*[ \t]*(\p{Ll})/gu, '$1$2');
}
