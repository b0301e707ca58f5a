#!/usr/bin/env node
// Builds the subset fonts under fonts/ from Debian's Noto packages.
//
//   apt-get install -y fonts-noto-core fonts-noto-extra
//   node scripts/build-fonts.mjs          (run from the repository root)
//
// For every face it writes
//   fonts/<family-dir>/<File>.ttf    subset TrueType, embedded into the PDF by pdfkit/fontkit
//   fonts/<family-dir>/<File>.woff2  the same subset as WOFF2, for the HTML page
// and then fonts/<family-dir>/OFL.txt, fonts/fonts.json (the manifest the code
// registers the faces from) and the generated parts of fonts/README.md.
// Every subset TTF is checked with the fontkit that pdfkit uses; the script
// exits non-zero if a check fails. The output is deterministic: running it
// again on the same packages gives byte-identical files.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font');
// The fontkit that pdfkit (and so the PDF renderer) really loads.
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'fonts');
const SOURCE_DIR = '/usr/share/fonts/truetype/noto';
const SEED_TEXT = path.join(ROOT, '..', 'shared', 'seed', 'integration-in-hessen-2018.txt');

// ---------------------------------------------------------------------------
// Faces

const FACES = [
  { family: 'Noto Serif', dir: 'noto-serif', file: 'NotoSerif-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core' },
  { family: 'Noto Serif', dir: 'noto-serif', file: 'NotoSerif-Italic', style: 'italic', weight: 400, pkg: 'fonts-noto-core' },
  { family: 'Noto Serif', dir: 'noto-serif', file: 'NotoSerif-Bold', style: 'normal', weight: 700, pkg: 'fonts-noto-core' },
  { family: 'Noto Serif', dir: 'noto-serif', file: 'NotoSerif-BoldItalic', style: 'italic', weight: 700, pkg: 'fonts-noto-core' },
  { family: 'Noto Sans', dir: 'noto-sans', file: 'NotoSans-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core' },
  { family: 'Noto Sans', dir: 'noto-sans', file: 'NotoSans-Italic', style: 'italic', weight: 400, pkg: 'fonts-noto-core' },
  { family: 'Noto Sans', dir: 'noto-sans', file: 'NotoSans-Bold', style: 'normal', weight: 700, pkg: 'fonts-noto-core' },
  { family: 'Noto Sans', dir: 'noto-sans', file: 'NotoSans-BoldItalic', style: 'italic', weight: 700, pkg: 'fonts-noto-core' },
  // The static SemiCondensed instances are in fonts-noto-extra, not fonts-noto-core.
  { family: 'Noto Sans SemiCondensed', dir: 'noto-sans-semicondensed', file: 'NotoSans-SemiCondensed', style: 'normal', weight: 400, pkg: 'fonts-noto-extra' },
  { family: 'Noto Sans SemiCondensed', dir: 'noto-sans-semicondensed', file: 'NotoSans-SemiCondensedItalic', style: 'italic', weight: 400, pkg: 'fonts-noto-extra' },
  { family: 'Noto Sans SemiCondensed', dir: 'noto-sans-semicondensed', file: 'NotoSans-SemiCondensedBold', style: 'normal', weight: 700, pkg: 'fonts-noto-extra' },
  // Noto Serif/Sans 2.004 have no arrows (U+2190-21FF) and no math operators
  // (U+2200-22FF, not even U+2212 minus). This face covers just those, as a
  // fallback: react-pdf fontFamily: ['Noto Serif', 'Noto Sans Math'], CSS
  // font-family: "Noto Serif", "Noto Sans Math", serif.
  { family: 'Noto Sans Math', dir: 'noto-sans-math', file: 'NotoSansMath-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core', fallback: true },
  // Right-to-left scripts, also as fallbacks after the text face: Arabic (Arabic, Persian, Urdu, Kurdish
  // Sorani, Pashto: the languages of many who come to Hesse) and Hebrew. Upright only; italic text in
  // these scripts is set upright, as is usual for them.
  { family: 'Noto Sans Arabic', dir: 'noto-sans-arabic', file: 'NotoSansArabic-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core', fallback: true, script: 'arabic' },
  { family: 'Noto Sans Arabic', dir: 'noto-sans-arabic', file: 'NotoSansArabic-Bold', style: 'normal', weight: 700, pkg: 'fonts-noto-core', fallback: true, script: 'arabic' },
  { family: 'Noto Sans Hebrew', dir: 'noto-sans-hebrew', file: 'NotoSansHebrew-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core', fallback: true, script: 'hebrew' },
  { family: 'Noto Sans Hebrew', dir: 'noto-sans-hebrew', file: 'NotoSansHebrew-Bold', style: 'normal', weight: 700, pkg: 'fonts-noto-core', fallback: true, script: 'hebrew' },
  // The Ethiopic script, left to right: Tigrinya and Amharic, the languages of many from Eritrea and Ethiopia.
  { family: 'Noto Sans Ethiopic', dir: 'noto-sans-ethiopic', file: 'NotoSansEthiopic-Regular', style: 'normal', weight: 400, pkg: 'fonts-noto-core', fallback: true, script: 'ethiopic' },
  { family: 'Noto Sans Ethiopic', dir: 'noto-sans-ethiopic', file: 'NotoSansEthiopic-Bold', style: 'normal', weight: 700, pkg: 'fonts-noto-core', fallback: true, script: 'ethiopic' },
];

// ---------------------------------------------------------------------------
// Characters

/** [first, last, name]; code points a font lacks are simply left out. */
const TEXT_RANGES = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement (incl. U+00AD soft hyphen)'],
  [0x0100, 0x017f, 'Latin Extended-A'],
  [0x0180, 0x024f, 'Latin Extended-B'],
  [0x02b0, 0x02ff, 'Spacing Modifier Letters (ʼ ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)'],
  [0x0300, 0x036f, 'Combining Diacritical Marks (decomposed/NFD text, Vietnamese)'],
  [0x0370, 0x03ff, 'Greek and Coptic'],
  [0x0400, 0x04ff, 'Cyrillic'],
  [0x1e00, 0x1eff, 'Latin Extended Additional (Vietnamese)'],
  [0x2000, 0x206f, 'General Punctuation (‐ – — „ “ ‚ ‘ … • ‹ › ‰ † ‡)'],
  [0x2070, 0x209f, 'Superscripts and Subscripts'],
  [0x20a0, 0x20cf, 'Currency Symbols (€)'],
  [0x2100, 0x214f, 'Letterlike Symbols (№ ™ ℮)'],
  [0x2150, 0x218f, 'Number Forms (⅓ ⅔ ⅛)'],
  [0x2190, 0x21ff, 'Arrows (only in Noto Sans Math)'],
  [0x2200, 0x22ff, 'Mathematical Operators (− ≤ ≥ ≈ ≠; only in Noto Sans Math)'],
  [0x25cc, 0x25cc, 'Dotted circle (base for lone combining marks)'],
  [0xfb00, 0xfb06, 'Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ)'],
  [0xfffd, 0xfffd, 'Replacement character'],
];
/** Arrows, math operators and geometric shapes: all the fallback face is kept for. */
const FALLBACK_RANGES = [
  [0x0020, 0x0020, 'Space'],
  [0x2190, 0x21ff, 'Arrows'],
  [0x2200, 0x22ff, 'Mathematical Operators'],
  [0x25a0, 0x25ff, 'Geometric Shapes'],
];
/** The right-to-left scripts' faces keep their script, its punctuation and the joiners that steer Arabic joining. */
const SCRIPT_RANGES = {
  arabic: [
    [0x0020, 0x0020, 'Space'],
    [0x0600, 0x06ff, 'Arabic (incl. Persian and Urdu letters, Arabic-Indic digits, ، ؛ ؟)'],
    [0x0750, 0x077f, 'Arabic Supplement'],
    [0x08a0, 0x08ff, 'Arabic Extended-A'],
    [0x200c, 0x200f, 'Zero-width non-joiner and joiner, direction marks'],
    [0xfb50, 0xfdff, 'Arabic Presentation Forms-A'],
    [0xfe70, 0xfeff, 'Arabic Presentation Forms-B'],
  ],
  hebrew: [
    [0x0020, 0x0020, 'Space'],
    [0x0590, 0x05ff, 'Hebrew (letters, points, cantillation, ־ ׳ ״)'],
    [0x200c, 0x200f, 'Zero-width non-joiner and joiner, direction marks'],
    [0xfb1d, 0xfb4f, 'Hebrew presentation forms'],
  ],
  ethiopic: [
    [0x0020, 0x0020, 'Space'],
    [0x1200, 0x137f, 'Ethiopic (syllables, ። ፣ ፤ and the Ethiopic numerals)'],
    [0x1380, 0x139f, 'Ethiopic Supplement'],
    [0x2d80, 0x2ddf, 'Ethiopic Extended'],
    [0xab00, 0xab2f, 'Ethiopic Extended-A'],
  ],
};
/** Shaping features of those scripts, kept on top of KEEP_FEATURES: Arabic joining forms, required ligatures, cursive attachment. */
const SCRIPT_FEATURES = ['isol', 'init', 'medi', 'fina', 'med2', 'fin2', 'fin3', 'rlig', 'curs', 'mset'];
/** Checked in each right-to-left face after subsetting: every letter shapes (no .notdef), and Arabic letters join. */
const SCRIPT_TEST = {
  arabic: 'مرحبا بكم في هسن، السلام عليكم؟ خوش آمدید ۱۲۳',
  hebrew: 'ברוכים הבאים להסן',
  ethiopic: 'እንቋዕ ብደሓን መጻእኩም ናብ ሄሰን። እንኳን ደህና መጡ',
};

// Non-ASCII characters of the seed newsletter (all inside TEXT_RANGES anyway).
const SEED_CHARS = '©·ÖÜßäöü–’“„†€';

// OpenType layout features kept (the rest, e.g. aalt/ss0x/zero, is dropped).
const KEEP_FEATURES = [
  'ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig',
  'onum', 'lnum', 'tnum', 'pnum', 'smcp', 'c2sc', 'case',
  'frac', 'numr', 'dnom', 'sups', 'subs', 'ordn',
];
// Name IDs kept: copyright, names, version, trademark, manufacturer/designer,
// licence description and URL, typographic family/subfamily.
const KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17];

// Checked in every text face after subsetting.
const TEST_STRING = '„Öffentlichkeit – Straße, Ärzte, € 720.000, ©, †, ﬁ-Ligaturen“ Grüße ‚Test‘ …';
const MUST_MAP = ['\u00ad', '\u2010', '\u2011', '\u00a0', '\u202f', '\u2020', '\u2021', '\u20ac', '\ufffd', '\u00d7', '\u00f7', '\u00b1'];
const FALLBACK_TEST = '− ≤ ≥ ≈ ≠ ∞ → ← ⇒ ↑';

// ---------------------------------------------------------------------------

function rangesToText(ranges) {
  let text = '';
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) text += String.fromCodePoint(c);
  return text;
}

/** A CSS unicode-range of the ranges, without the space and the joiners (the text faces have those). */
function cssRange(ranges) {
  return ranges
    .filter(([a]) => a > 0x20 && !(a >= 0x200c && a <= 0x200f))
    .map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${b.toString(16).toUpperCase().padStart(4, '0')}`))
    .join(', ');
}

function hex(cp) {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function packageVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

function fail(message) {
  console.error(`build-fonts: ${message}`);
  process.exit(1);
}

// 1. Sources ----------------------------------------------------------------

const missing = FACES.filter((f) => !existsSync(path.join(SOURCE_DIR, f.file + '.ttf')));
if (missing.length > 0) {
  const pkgs = [...new Set(missing.map((f) => f.pkg))];
  fail(
    `source fonts not found in ${SOURCE_DIR}:\n` +
      missing.map((f) => `  ${f.file}.ttf (Debian package ${f.pkg})\n`).join('') +
      `Install them with:\n  apt-get install -y ${pkgs.join(' ')}\nthen run again: node scripts/build-fonts.mjs`,
  );
}
const versions = Object.fromEntries(
  [...new Set(FACES.map((f) => f.pkg))].map((pkg) => [pkg, packageVersion(pkg)]),
);

// 2. Characters ---------------------------------------------------------------

let textChars = rangesToText(TEXT_RANGES) + SEED_CHARS;
if (existsSync(SEED_TEXT)) {
  const seed = readFileSync(SEED_TEXT, 'utf8').replace(/[\r\n\t]/g, '');
  textChars += seed;
  for (const ch of new Set(seed)) {
    if (!SEED_CHARS.includes(ch) && ch.codePointAt(0) > 0x7e) {
      console.warn(`build-fonts: note: the seed text has ${hex(ch.codePointAt(0))} ${ch}, not in SEED_CHARS`);
    }
  }
}
textChars = [...new Set(textChars)].join('');
const fallbackChars = rangesToText(FALLBACK_RANGES);

// 3. Subset, verify -----------------------------------------------------------

const errors = [];
const results = [];

for (const face of FACES) {
  const srcPath = path.join(SOURCE_DIR, face.file + '.ttf');
  const src = readFileSync(srcPath);
  const srcFont = fontkit.create(src);
  if (srcFont.directory.tables.fvar) fail(`${srcPath} is a variable font; a static instance is needed`);

  const chars = face.script ? rangesToText(SCRIPT_RANGES[face.script]) : face.fallback ? fallbackChars : textChars;
  const options = { keepFeatures: face.script ? [...KEEP_FEATURES, ...SCRIPT_FEATURES] : KEEP_FEATURES, preserveNameIds: KEEP_NAME_IDS };
  const ttf = await subsetFont(src, chars, { ...options, targetFormat: 'truetype' });
  const woff2 = await subsetFont(src, chars, { ...options, targetFormat: 'woff2' });

  const ttfRel = `${face.dir}/${face.file}.ttf`;
  const woff2Rel = `${face.dir}/${face.file}.woff2`;

  // Verify with pdfkit's fontkit before anything is written.
  const font = fontkit.create(ttf);
  const woff2Font = fontkit.create(woff2);
  if (woff2Font.numGlyphs !== font.numGlyphs) {
    errors.push(`${woff2Rel}: ${woff2Font.numGlyphs} glyphs, the TTF has ${font.numGlyphs}`);
  }
  const problems = [];
  const wanted = [...new Set(chars)].map((c) => c.codePointAt(0)).filter((cp) => srcFont.hasGlyphForCodePoint(cp));
  const lost = wanted.filter((cp) => !font.hasGlyphForCodePoint(cp));
  if (lost.length) problems.push(`lost ${lost.length} characters: ${lost.slice(0, 10).map(hex).join(' ')}`);
  const checks = face.script ? [SCRIPT_TEST[face.script]] : face.fallback ? [FALLBACK_TEST] : [TEST_STRING, SEED_CHARS, ...MUST_MAP];
  for (const s of checks) {
    const run = font.layout(s);
    const bad = run.glyphs.filter((g) => g.id === 0);
    if (bad.length) problems.push(`.notdef in layout of ${JSON.stringify(s)}: ${bad.map((g) => g.codePoints.map(hex).join('+')).join(' ')}`);
  }
  const srcFeatures = new Set(srcFont.availableFeatures);
  if (face.script === 'arabic') {
    // Joining: the initial, medial and final forms are other glyphs than the isolated letters.
    const joined = font.layout('بببب').glyphs.map((g) => g.id);
    if (new Set(joined).size < 3) problems.push('Arabic letters do not join (init/medi/fina lost)');
    const lostFeatures = ['init', 'medi', 'fina', 'rlig'].filter((t) => srcFeatures.has(t) && !font.availableFeatures.includes(t));
    if (lostFeatures.length) problems.push(`lost layout features: ${lostFeatures.join(' ')}`);
  }
  if (!face.fallback) {
    // (The fallback face keeps no combining marks, so it rightly loses mark/mkmk.)
    const lostFeatures = KEEP_FEATURES.filter((t) => srcFeatures.has(t) && !font.availableFeatures.includes(t));
    if (lostFeatures.length) problems.push(`lost layout features: ${lostFeatures.join(' ')}`);
    // 'fi' must become one ligature glyph (liga), and kerning must be applied.
    if (font.layout('fi').glyphs.length !== 1) problems.push('no fi ligature');
    const width = (features) => font.layout('AVATAR Te', features).positions.reduce((n, p) => n + p.xAdvance, 0);
    if (width({}) === width({ kern: false })) problems.push('no kerning');
  }
  for (const p of problems) errors.push(`${ttfRel}: ${p}`);

  const version = /Version ([\d.]+)/.exec(srcFont.version ?? '')?.[1] ?? srcFont.version;
  results.push({
    face,
    ttfRel,
    woff2Rel,
    ttf,
    woff2,
    srcSize: src.length,
    ttfSize: ttf.length,
    woff2Size: woff2.length,
    glyphs: font.numGlyphs,
    chars: font.characterSet.length,
    version,
    copyright: srcFont.copyright,
  });
  console.log(
    `${ttfRel.padEnd(52)} ttf ${kb(ttf.length).padStart(6)} KB  woff2 ${kb(woff2.length).padStart(6)} KB  ` +
      `${font.characterSet.length} chars, ${font.numGlyphs} glyphs${problems.length ? '  FAILED' : ''}`,
  );
}

if (errors.length) fail('verification failed:\n  ' + errors.join('\n  '));

// 4. Fonts, licence, manifest, README -------------------------------------------

for (const r of results) {
  mkdirSync(path.join(OUT_DIR, r.face.dir), { recursive: true });
  writeFileSync(path.join(OUT_DIR, r.ttfRel), r.ttf);
  writeFileSync(path.join(OUT_DIR, r.woff2Rel), r.woff2);
}
for (const dir of [...new Set(FACES.map((f) => f.dir))]) {
  const notices = [...new Set(results.filter((r) => r.face.dir === dir).map((r) => r.copyright))];
  writeFileSync(path.join(OUT_DIR, dir, 'OFL.txt'), oflText(notices));
}

const manifest = results.map(({ face, ttfRel, woff2Rel }) => ({
  family: face.family,
  style: face.style,
  weight: face.weight,
  ttf: ttfRel,
  woff2: woff2Rel,
  ...(face.fallback ? { fallback: true, unicodeRange: cssRange(face.script ? SCRIPT_RANGES[face.script] : FALLBACK_RANGES) } : {}),
}));
writeFileSync(path.join(OUT_DIR, 'fonts.json'), JSON.stringify(manifest, null, 2) + '\n');

const total = (key) => results.reduce((n, r) => n + r[key], 0);
updateReadme();

console.log(`total: ttf ${kb(total('ttfSize'))} KB, woff2 ${kb(total('woff2Size'))} KB; all checks passed`);

// ---------------------------------------------------------------------------

function updateReadme() {
  const readmePath = path.join(OUT_DIR, 'README.md');
  if (!existsSync(readmePath)) {
    console.warn('build-fonts: fonts/README.md is missing; generated tables not written');
    return;
  }
  const upstream = [...new Set(results.map((r) => `${r.face.family} ${r.version}`))];
  const sources = [
    `| Debian package | version | files used (from \`${SOURCE_DIR}/\`) |`,
    '| --- | --- | --- |',
    ...Object.entries(versions).map(
      ([pkg, v]) => `| \`${pkg}\` | ${v ?? '(unknown)'} | ${FACES.filter((f) => f.pkg === pkg).map((f) => `\`${f.file}.ttf\``).join(', ')} |`,
    ),
    '',
    `Upstream font versions (name table): ${upstream.join(', ')}.`,
  ].join('\n');

  const files = [
    '| family | style | weight | TTF | KB | WOFF2 | KB | chars | glyphs | source KB |',
    '| --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.face.family}${r.face.fallback ? ' (fallback)' : ''} | ${r.face.style} | ${r.face.weight} | \`${r.ttfRel}\` | ${kb(r.ttfSize)} | \`${r.woff2Rel}\` | ${kb(r.woff2Size)} | ${r.chars} | ${r.glyphs} | ${kb(r.srcSize)} |`,
    ),
    `| **total** | | | | **${kb(total('ttfSize'))}** | | **${kb(total('woff2Size'))}** | | | |`,
  ].join('\n');

  const ranges = [
    'Text faces (Noto Serif, Noto Sans, Noto Sans SemiCondensed):',
    '',
    ...TEXT_RANGES.map(([a, b, name]) => `- ${hex(a)}${a === b ? '' : '–' + hex(b).slice(2)} ${name}`),
    `- plus every character of the seed newsletter (${[...SEED_CHARS].join(' ')})`,
    '',
    'Fallback face (Noto Sans Math):',
    '',
    ...FALLBACK_RANGES.map(([a, b, name]) => `- ${hex(a)}${a === b ? '' : '–' + hex(b).slice(2)} ${name}`),
    '',
    'Fallback faces for other scripts (Noto Sans Arabic, Noto Sans Hebrew, Noto Sans Ethiopic; Regular and Bold):',
    '',
    ...Object.entries(SCRIPT_RANGES).flatMap(([script, ranges]) => [`- ${script}:`, ...ranges.map(([a, b, name]) => `  - ${hex(a)}${a === b ? '' : '–' + hex(b).slice(2)} ${name}`)]),
    '',
    `OpenType features kept where the font has them: ${KEEP_FEATURES.map((f) => `\`${f}\``).join(', ')}; in the faces for other scripts also ${SCRIPT_FEATURES.map((f) => `\`${f}\``).join(', ')}.`,
    `Kept name IDs: ${KEEP_NAME_IDS.join(', ')} (copyright, names, version, trademark, designer, licence).`,
  ].join('\n');

  let readme = readFileSync(readmePath, 'utf8');
  for (const [key, body] of Object.entries({ sources, files, ranges })) {
    const re = new RegExp(`(<!-- generated:${key}:start[^>]*-->\\n)[\\s\\S]*?(<!-- generated:${key}:end -->)`);
    if (!re.test(readme)) {
      console.warn(`build-fonts: fonts/README.md has no generated:${key} markers; not updated`);
      continue;
    }
    readme = readme.replace(re, (_, start, end) => start + body + '\n' + end);
  }
  writeFileSync(readmePath, readme);
}

function oflText(notices) {
  // Wording as in upstream Noto's LICENSE and Debian's copyright file for fonts-noto.
  return `${notices.join('\n')}

This Font Software is licensed under the SIL Open Font License,
Version 1.1.

This license is copied below, and is also available with a FAQ at:
http://scripts.sil.org/OFL (now https://openfontlicense.org)

The font files in this folder are subsets (Modified Versions) of the
Noto fonts, made by scripts/build-fonts.mjs. Noto has no Reserved Font
Name.

-----------------------------------------------------------
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font
creation efforts of academic and linguistic communities, and to
provide a free and open framework in which fonts may be shared and
improved in partnership with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply to
any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software
components as distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to,
deleting, or substituting -- in part or in whole -- any of the
components of the Original Version, by changing formats or by porting
the Font Software to a new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed,
modify, redistribute, and sell modified and unmodified copies of the
Font Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components, in
Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the
corresponding Copyright Holder. This restriction only applies to the
primary font name as presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created using
the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
`;
}
