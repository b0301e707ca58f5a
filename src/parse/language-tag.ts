/**
 * Language tags (BCP 47): checks that a tag is well formed and that its
 * primary language is a real one, and suggests the tag when an editor wrote a
 * language's name ("Englisch", "French") instead.
 */

/** The outcome of checking a language tag. */
export type LanguageCheck = { ok: true; tag: string } | { ok: false; suggestion: string | undefined };

const known = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const namesIn = ['en', 'de'].map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));

/** Common primary subtags, searched when the editor wrote a name instead of a tag. */
const common = ['de', 'en', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'da', 'sv', 'no', 'fi', 'el', 'tr', 'ar', 'fa', 'ru', 'uk', 'hr', 'sr', 'bs', 'sq', 'ro', 'bg', 'hu', 'sk', 'sl', 'he', 'ku', 'ti', 'so', 'prs', 'ps', 'zh', 'ja', 'ko', 'vi', 'la', 'yi'];

/** The direction a language is written in ("ar", "fa", "he" → rtl), from its likely script. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(tag).maximize() as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Checks a BCP 47 tag; returns its canonical form or a suggestion. */
export function checkLanguageTag(value: string): LanguageCheck {
  const trimmed = value.trim();
  let canonical: string | undefined;
  try {
    canonical = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(trimmed) ? Intl.getCanonicalLocales(trimmed)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical !== undefined) {
    const primary = canonical.split('-')[0]!;
    if (primary.length <= 3 && known.of(primary) !== undefined) return { ok: true, tag: canonical };
  }
  return { ok: false, suggestion: suggestTag(trimmed) };
}

function suggestTag(value: string): string | undefined {
  const lower = value.toLowerCase();
  for (const code of common) {
    for (const names of namesIn) {
      const name = names.of(code)?.toLowerCase();
      if (name !== undefined && (name === lower || (lower.length >= 4 && name.startsWith(lower)))) return code;
    }
  }
  const prefix = lower.slice(0, 2);
  return /^[a-z]{2}$/.test(prefix) && known.of(prefix) !== undefined && lower.length <= 3 ? prefix : undefined;
}
