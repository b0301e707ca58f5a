/**
 * The words the templates add around the content (navigation, labels), per
 * language of the issue. German is the default; other languages fall back to
 * it key by key.
 */

const de = {
  skipLink: 'Zum Inhalt springen',
  contents: 'Inhalt',
  impressum: 'Impressum',
  download: 'Diese Ausgabe als PDF herunterladen',
  pdfDetails: (pages: number, size: string) => `PDF, ${pages} ${pages === 1 ? 'Seite' : 'Seiten'}, ${size}`,
  column: 'Kolumne',
  viewsOf: 'Ansichten von',
  page: 'Seite',
  footnotes: 'Fußnoten',
  backToText: 'Zurück zum Text',
  footnote: 'Fußnote',
  photo: 'Foto',
  publishedBy: 'Herausgegeben von',
  struckOut: 'gestrichen',
} as const;

/** The strings of one language. */
export type Strings = { [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Strings = {
  skipLink: 'Skip to content',
  contents: 'Contents',
  impressum: 'Imprint',
  download: 'Download this issue as PDF',
  pdfDetails: (pages, size) => `PDF, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${size}`,
  column: 'Column',
  viewsOf: 'Views of',
  page: 'Page',
  footnotes: 'Footnotes',
  backToText: 'Back to text',
  footnote: 'Footnote',
  photo: 'Photo',
  publishedBy: 'Published by',
  struckOut: 'struck out',
};

const all: Record<string, Strings> = { de, en };

/** The strings for a language tag ("de-AT" gets German). */
export function stringsFor(lang: string): Strings {
  return all[lang.split('-')[0]!.toLowerCase()] ?? de;
}

/**
 * ICU's formats, made once per language. Making the first one takes ICU 10 ms (a third of that per
 * further one), which a cold build of a German or English issue skips: their long dates and sizes are
 * written out below, the same text ICU writes (tests/templates/strings.test.ts compares them for
 * every day of two years and sizes up to 10 GB).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

const months: Record<string, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Formats a date as the language writes it ("1. Oktober 2018"). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const names = months[lang];
  if (names !== undefined && Number.isInteger(y) && y! >= 1000 && y! <= 9999 && names[m! - 1] !== undefined && d! >= 1 && d! <= 31) {
    return lang === 'de' ? `${d}. ${names[m! - 1]} ${y}` : `${names[m! - 1]} ${d}, ${y}`;
  }
  let format = dateFormats.get(lang);
  if (format === undefined) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Digit grouping and decimal sign of the languages written out here. */
const separators: Record<string, { group: string; decimal: string }> = { de: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** A number with at most one decimal, as ICU writes it for German or English (halves away from zero). */
function formatNumber(value: number, lang: string): string {
  const sign = separators[lang];
  if (sign === undefined || !Number.isFinite(value) || value < 0 || value >= 1e15 || String(value).includes('e')) {
    let numbers = numberFormats.get(lang);
    if (numbers === undefined) numberFormats.set(lang, (numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
    return numbers.format(value);
  }
  const tenths = Math.round(Number(`${value}e1`));
  const whole = Math.floor(tenths / 10).toString().replace(/\B(?=(\d{3})+(?!\d))/g, sign.group);
  return tenths % 10 === 0 ? whole : `${whole}${sign.decimal}${tenths % 10}`;
}

/** Formats a file size ("1,2 MB"). */
export function formatBytes(bytes: number, lang: string): string {
  const format = (value: number, unit: string) => `${formatNumber(value, lang)} ${unit}`;
  if (bytes < 1024 * 1024) return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
  return format(bytes / 1024 / 1024, 'MB');
}
