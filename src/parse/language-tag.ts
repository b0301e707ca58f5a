/**
 * Language tags (BCP 47): checks that a tag is well formed and that its
 * primary language is a real one, and suggests the tag when an editor wrote a
 * language's name ("Englisch", "French") instead.
 */

/** The outcome of checking a language tag. */
export type LanguageCheck = { ok: true; tag: string } | { ok: false; suggestion: string | undefined };

/** Language names in English and German, made on first use (not at import: ICU objects cannot be part of a start-up snapshot). */
let displayNames: { known: Intl.DisplayNames; namesIn: Intl.DisplayNames[] } | undefined;
function names(): { known: Intl.DisplayNames; namesIn: Intl.DisplayNames[] } {
  return displayNames ??= {
    known: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
    namesIn: ['en', 'de'].map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })),
  };
}

/** Common primary subtags, searched when the editor wrote a name instead of a tag. */
const common = ['de', 'en', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'da', 'sv', 'no', 'fi', 'el', 'tr', 'ar', 'fa', 'ru', 'uk', 'hr', 'sr', 'bs', 'sq', 'ro', 'bg', 'hu', 'sk', 'sl', 'he', 'ku', 'ti', 'so', 'prs', 'ps', 'zh', 'ja', 'ko', 'vi', 'la', 'yi'];

const commonSet = new Set(common);

/** Directions already found, by tag: the PDF asks for every text block it lays out, and ICU takes microseconds per answer. */
const directions = new Map<string, 'ltr' | 'rtl'>();

/** The direction a language is written in ("ar", "fa", "he" → rtl), from its likely script. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let direction = directions.get(tag);
  if (direction === undefined) {
    try {
      const info = (new Intl.Locale(tag).maximize() as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
      direction = info?.direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(tag, direction);
  }
  return direction;
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
    // The common languages are known without asking ICU, whose language names take milliseconds to load.
    if (primary.length <= 3 && (commonSet.has(primary) || names().known.of(primary) !== undefined)) return { ok: true, tag: canonical };
  }
  return { ok: false, suggestion: suggestTag(trimmed) };
}

function suggestTag(value: string): string | undefined {
  const lower = value.toLowerCase();
  const { known, namesIn } = names();
  for (const code of common) {
    for (const inLocale of namesIn) {
      const name = inLocale.of(code)?.toLowerCase();
      if (name !== undefined && (name === lower || (lower.length >= 4 && name.startsWith(lower)))) return code;
    }
  }
  const prefix = lower.slice(0, 2);
  return /^[a-z]{2}$/.test(prefix) && known.of(prefix) !== undefined && lower.length <= 3 ? prefix : undefined;
}
