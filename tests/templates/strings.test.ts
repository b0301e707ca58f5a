/**
 * The dates and sizes the templates write for German and English issues
 * without ICU (templates/strings.ts) are ICU's text, and other languages
 * still get ICU's.
 */
import { describe, expect, test } from 'vitest';
import { formatBytes, formatDate } from '../../templates/strings.js';

const icuDate = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const icuNumber = (value: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

describe('formatDate', () => {
  test('every day of 2018 and 2024 (a leap year) reads as ICU writes it, in German and English', () => {
    for (const year of [2018, 2024]) {
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + 86_400_000)) {
        const iso = day.toISOString().slice(0, 10);
        for (const lang of ['de', 'en']) expect(formatDate(iso, lang), `${iso} ${lang}`).toBe(icuDate(iso, lang));
      }
    }
    expect(formatDate('2018-10-01', 'de')).toBe('1. Oktober 2018');
    expect(formatDate('2018-10-01', 'en')).toBe('October 1, 2018');
  });

  test('other languages and regional tags get ICU', () => {
    for (const lang of ['fr', 'tr', 'ar', 'de-AT', 'en-GB']) expect(formatDate('2018-03-09', lang)).toBe(icuDate('2018-03-09', lang));
  });
});

describe('formatBytes', () => {
  test('sizes from 1 KB to 10 GB read as ICU writes them, in German and English', () => {
    const sizes: number[] = [0, 1, 511, 512, 1023, 1536, 999 * 1024, 1000 * 1024, 1023 * 1024 + 511, 1024 * 1024];
    for (let bytes = 1024 * 1024; bytes < 10 * 1024 ** 3; bytes = Math.floor(bytes * 1.013) + 7) sizes.push(bytes);
    // Halves at the first decimal: 1.05 MB and 1.25 MB.
    sizes.push(Math.round(1.05 * 1024 * 1024), 1.25 * 1024 * 1024, 999.95 * 1024 * 1024);
    for (const bytes of sizes) {
      for (const lang of ['de', 'en']) {
        const expected = bytes < 1024 * 1024 ? `${icuNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB` : `${icuNumber(bytes / 1024 / 1024, lang)} MB`;
        expect(formatBytes(bytes, lang), `${bytes} ${lang}`).toBe(expected);
      }
    }
    expect(formatBytes(218_464, 'de')).toBe('213 KB');
    expect(formatBytes(2_500_000, 'de')).toBe('2,4 MB');
    expect(formatBytes(1_500_000_000, 'en')).toBe('1,430.5 MB');
  });

  test('other languages get ICU', () => {
    expect(formatBytes(2_500_000, 'fr')).toBe(`${icuNumber(2_500_000 / 1024 / 1024, 'fr')} MB`);
  });
});
