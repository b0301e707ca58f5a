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

/** ICU's formats, made once per language (each takes ICU a while to make; the masthead, every page footer and the web page ask). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a date as the language writes it ("1. Oktober 2018"). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  let format = dateFormats.get(lang);
  if (format === undefined) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Formats a file size ("1,2 MB"). */
export function formatBytes(bytes: number, lang: string): string {
  let numbers = numberFormats.get(lang);
  if (numbers === undefined) numberFormats.set(lang, (numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
  const format = (value: number, unit: string) => `${numbers.format(value)} ${unit}`;
  if (bytes < 1024 * 1024) return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
  return format(bytes / 1024 / 1024, 'MB');
}
