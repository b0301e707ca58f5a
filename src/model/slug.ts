/** Anchors for articles and headings: lowercase ASCII words joined by hyphens. */

const transliteration: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa', œ: 'oe' };

/** Makes a URL fragment from a title or file name ("Löwen im Herz" → "loewen-im-herz"). */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüßæøåœ]/g, (c) => transliteration[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug.slice(0, 64).replace(/-+$/, '');
}

/** Makes `base` unique within `used` by appending -2, -3, … and records it. */
export function uniqueSlug(base: string, used: Set<string>): string {
  let candidate = base;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}
