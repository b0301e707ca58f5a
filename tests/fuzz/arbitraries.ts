/**
 * fast-check arbitraries for structured mutations of an issue folder: front
 * matter and issue.yaml lines (values of every type, unknown keys, broken
 * YAML), Markdown blocks and inlines (headings, lists, tables, nesting,
 * emphasis, links with every kind of address, directives with any name and
 * attributes), text with right-to-left marks, combining marks, emoji and
 * control characters, and image bytes (cut off, bits flipped, headers
 * swapped, sizes changed with the checksums made to match).
 */
import fc from 'fast-check';

/** Characters and strings that have broken text handling somewhere. */
const odd = fc.constantFrom(
  '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', 'مرحبا بالعالم', 'می\u200cخواهم لا', 'שָׁלוֹם', 'ሰላም ለዓለም።', '你好世界', 'Ελληνικά', 'Кириллица',
  '🇩🇪', '👩‍👩‍👧‍👦', '🏳️‍🌈', '✍🏽', '𝔘𝔫𝔦', 'e\u0301\u0302\u0303\u0304', 'Z\u0335\u0341\u0300a\u0336l\u0334g\u0335o', '\u0301',
  '\u0000', '\u0007', '\u001b[31m', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff',
  '\u00ad', '\u200b', '\u00a0', '\u2060', 'ß', 'ﬁ', 'İ', 'ǅ', '\t', '&amp;', '&#0;', '&#x110000;', '&bogus;', '\\', '`', '*', '**', '_', '~~',
  '[', ']', '(', ')', '<', '>', ':', '::', '{', '}', '#', '|', '!', '"', "'", '=', '-', '+', '^', '$', '%', '@',
  'x'.repeat(130), 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsverordnung',
  'javascript:alert(1)', '<script>alert(1)</script>', '</p><script>', '"><img src=x onerror=alert(1)>', '{{constructor}}', '__proto__',
);

const plainWord = fc.constantFrom('Wort', 'Rathaus', 'Bürgerbüro', 'und', 'die', 'Straße', 'Öffnungszeiten', 'Tel.', '2024', 'z. B.', 'Ärztin', 'E-Mail:info@example.org');

/** A word: German, random graphemes, or something odd. */
export const word = fc.oneof(
  { weight: 5, arbitrary: plainWord },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: odd },
);

/** A run of words on one line. */
export const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(' ').replace(/\n/g, ' '));

/** Link and image addresses, good and hostile. */
export const address = fc.oneof(
  fc.constantFrom(
    'https://example.org/seite', 'http://example.org', 'https://example.org/a?b=c&d=<e>#f', 'mailto:info@example.org', 'tel:+49301234567',
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', 'java&#9;script:alert(1)', 'java&#10;script:alert(1)',
    '&#32;javascript:alert(1)', '%6Aavascript:alert(1)', '&#x6A;avascript:alert(1)', '<javascript:alert(1)>', '<java script:alert(1)>',
    'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,iVBORw0KGgo=', 'file:///etc/passwd', 'ftp://example.org',
    '', ' ', '#anker', '../seite.html', 'www.example.org', 'info@example.org', 'images/bild.jpg', 'images/linie.png', '../../etc/passwd',
    '/etc/hostname', 'C:\\Bilder\\foto.jpg', 'images/../../x.jpg', 'images/fehlt.jpg', 'images', '<images/bild 2.jpg>', 'https://exa mple.org',
    'https://example.org/(klammer)', 'https://例え.jp', 'https://xn--n3h.example', 'mailto:', 'tel:', 'https:', '//example.org',
  ),
  words.map((text) => text.replace(/[\s()]/g, '')),
);

const attributeName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('src', 'alt', 'credit', 'decorative', 'span', 'cite', 'title', 'caption', 'rowheaders', 'code') },
  { weight: 1, arbitrary: fc.constantFrom('class', 'id', 'titel', 'lang', 'onload', 'style', 'href', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
);

const attributeValue = fc.oneof(
  fc.constantFrom('images/bild.jpg', 'images/linie.png', 'en', 'fr', 'de-CH', 'xx', 'Eine graue Fläche.', '', ' ', '© Redaktion'),
  address,
  words,
);

/** A directive's braces: `{name="value" flag .class #id}`, sometimes broken. */
export const attributes = fc.tuple(
  fc.array(fc.tuple(attributeName, fc.option(attributeValue, { nil: undefined }), fc.constantFrom('"', "'", '')), { maxLength: 4 }),
  fc.constantFrom('', '', '', ' .rot', ' #eins', ' .a.b #c'),
  fc.boolean(),
).map(([pairs, extra, closed]) => {
  if (pairs.length === 0 && extra === '') return closed ? '' : '{';
  const inner = pairs
    .map(([name, value, quote]) => (value === undefined ? name : `${name}=${quote}${quote === '' ? value.replace(/[\s"'{}=]/g, '') || 'x' : value.replaceAll(quote, '')}${quote}`))
    .join(' ');
  return `{${inner}${extra}${closed ? '}' : ''}`;
});

const directiveName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('figure', 'pullquote', 'aside', 'table', 'lang') },
  { weight: 1, arbitrary: fc.constantFrom('figur', 'bild', 'Aside', 'script', 'iframe', '__proto__') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/) },
);

/** Inline Markdown, nested up to a few levels. */
export const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: words },
    { weight: 1, arbitrary: tie('inline').map((x) => `*${x}*`) },
    { weight: 1, arbitrary: tie('inline').map((x) => `**${x}**`) },
    { weight: 1, arbitrary: tie('inline').map((x) => `_${x}_`) },
    { weight: 1, arbitrary: tie('inline').map((x) => `~~${x}~~`) },
    { weight: 1, arbitrary: words.map((x) => `\`${x}\``) },
    { weight: 2, arbitrary: fc.tuple(tie('inline'), address).map(([text, url]) => `[${text}](${url})`) },
    { weight: 1, arbitrary: fc.tuple(tie('inline'), fc.constantFrom('a', 'js', 'x y')).map(([text, label]) => `[${text}][${label}]`) },
    { weight: 1, arbitrary: address.map((url) => `<${url}>`) },
    { weight: 1, arbitrary: fc.tuple(words, address).map(([alt, url]) => `![${alt}](${url})`) },
    { weight: 1, arbitrary: fc.tuple(directiveName, fc.option(tie('inline'), { nil: undefined }), attributes).map(([name, label, attrs]) => `:${name}${label === undefined ? '' : `[${label}]`}${attrs}`) },
    { weight: 1, arbitrary: fc.constantFrom('[^1]', '[^2]', '[^x y]', '[^]') },
    { weight: 1, arbitrary: fc.constantFrom('<b>fett</b>', '<br>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- Notiz -->', '<a href="javascript:alert(1)">x</a>', '</p>') },
    { weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n') },
  ),
})).inline;

/** Block Markdown, nested up to a few levels. */
export const block: fc.Arbitrary<string> = fc.letrec<{ block: string; blocks: string }>((tie) => ({
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 4 }).map((list) => list.join('\n\n')),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
    { weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---')).map(([text, line]) => `${text}\n${line}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '3) ', '- [ ] ', '- [x] '), fc.array(tie('block'), { minLength: 1, maxLength: 3 }), fc.constantFrom('  ', '   ', '    '))
      .map(([marker, items, indent]) => items.map((item) => marker + item.replace(/\n/g, `\n${indent}`)).join('\n')) },
    { weight: 1, arbitrary: tie('blocks').map((inner) => inner.split('\n').map((line) => `> ${line}`).join('\n')) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(inline, { maxLength: 6 }), { maxLength: 4 }), fc.constantFrom('---', ':--', ':-:', '--:', '-'), fc.boolean())
      .map(([columns, rows, rule, wrapped]) => {
        const row = (cells: string[]) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ?? '').replace(/\n/g, ' ')).join(' | ')} |`;
        const table = [row(rows[0] ?? ['Kopf']), `|${` ${rule} |`.repeat(columns)}`, ...rows.slice(1).map(row)].join('\n');
        return wrapped ? `:::table{caption="Zahlen"}\n${table}\n:::` : table;
      }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'html', 'js', '{.x}'), words, fc.boolean())
      .map(([fence, info, code, closed]) => `${fence}${info}\n${code}\n${closed ? fence : ''}`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '- - -') },
    { weight: 3, arbitrary: fc.tuple(directiveName, fc.option(inline, { nil: undefined }), attributes, fc.option(tie('blocks'), { nil: undefined }), fc.constantFrom(':::', '::::', ''))
      .map(([name, label, attrs, body, close]) => `:::${name}${label === undefined ? '' : `[${label}]`}${attrs}\n${body ?? ''}${close === '' ? '' : `\n${close}`}`) },
    { weight: 1, arbitrary: fc.tuple(directiveName, attributes).map(([name, attrs]) => `::${name}${attrs}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', '2', 'x y'), inline).map(([label, text]) => `[^${label}]: ${text}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'js', 'x y', 'bild'), address).map(([label, url]) => `[${label}]: ${url}`) },
    { weight: 1, arbitrary: fc.constantFrom('<div>\n<script>alert(1)</script>\n</div>', '<!-- Notiz -->', '<iframe src="https://example.org"></iframe>', '<style>*{}</style>', '<!-- a --><script>x</script><!-- b -->') },
    { weight: 1, arbitrary: fc.constantFrom('', '\n\n\n', '    eingerückter Code', '\t\tTab') },
  ),
})).block;

/** A YAML value as it would follow `key: `, of any type, sometimes malformed. */
export const yamlValue = fc.oneof(
  { weight: 4, arbitrary: words.map((text) => (/^[\w äöüÄÖÜß.-]+$/.test(text) ? text : JSON.stringify(text))) },
  { weight: 1, arbitrary: words },
  { weight: 1, arbitrary: fc.constantFrom('article', 'editorial', 'column', 'notice', 'artikel', 'Kolumne', '1', '2', '3', '0', '4', '2.5', '-1', 'drei', '1e9', '0x10', '.nan', 'de', 'en', 'fr-CA', 'deutsch', 'xx-1234567890') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'yes', 'no', 'null', '~', '', '""', "''", '2024-05-02', '2024-02-30', '2. Mai 2024') },
  { weight: 1, arbitrary: fc.constantFrom('[a, b]', '[]', '{}', '{ src: images/bild.jpg, alt: Bild }', '&anker wert', '*anker', '!!binary aGFsbG8=', '!tag x', '|\n  zwei\n  Zeilen', '>-\n  gefaltet', '"offen', '[offen', 'a: b: c', '\t- tab') },
  { weight: 1, arbitrary: fc.array(words, { minLength: 1, maxLength: 3 }).map((list) => `\n${list.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}`) },
  { weight: 1, arbitrary: fc.constantFrom('\n  src: images/bild.jpg\n  alt: Porträt', '\n  src: images/fehlt.jpg', '\n  src: ../../etc/hostname\n  alt: x', '\n  alt: ""\n  src: images/linie.png', '\n  - label: Druck\n    text: Hausdruckerei', '\n  - Druck') },
);

const frontmatterKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('type', 'title', 'kicker', 'subtitle', 'lead', 'author', 'role', 'portrait', 'columns', 'lang') },
  { weight: 1, arbitrary: fc.constantFrom('titel', 'Type', 'autor', '"title"', '? title', '<<', '- title', 'title ', ' title') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z_][\w-]{0,8}$/) },
);

const issueKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('title', 'edition', 'date', 'lang', 'publisher', 'impressum', 'articles') },
  { weight: 1, arbitrary: fc.constantFrom('titel', 'datum', 'Impressum', 'artikel') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z_][\w-]{0,8}$/) },
);

/** A change to one line of a YAML block. */
const yamlLine = (key: fc.Arbitrary<string>) => fc.record({
  action: fc.constantFrom('set', 'set', 'insert', 'delete', 'duplicate'),
  line: fc.nat({ max: 40 }),
  text: fc.tuple(key, yamlValue).map(([k, v]) => `${k}: ${v}`),
});

/** A change to the bytes of an image file. */
const imageChange = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('flip' as const), positions: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 8 }), fixCrc: fc.boolean() }),
  fc.record({ op: fc.constant('header' as const), header: fc.constantFrom('png', 'jpeg', 'gif', 'webp', 'text', 'empty') }),
  fc.record({ op: fc.constant('size' as const), width: fc.oneof(fc.constantFrom(0, 1, 65535, 30000, 0x7fffffff, 0xffffffff), fc.nat({ max: 5000 })), height: fc.oneof(fc.constantFrom(0, 1, 65535, 30000), fc.nat({ max: 5000 })) }),
  fc.record({ op: fc.constant('junk' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
);

/** One mutation of an issue folder. */
export type Mutation =
  | { on: 'article'; file: number; op: 'insert'; at: number; markdown: string }
  | { on: 'article'; file: number; op: 'replace-body'; markdown: string }
  | { on: 'article'; file: number; op: 'frontmatter'; change: { action: string; line: number; text: string } }
  | { on: 'article'; file: number; op: 'bytes'; change: 'crlf' | 'cr' | 'bom' | 'latin1' | 'truncate' | 'nul'; at: number }
  | { on: 'issue'; op: 'yaml'; change: { action: string; line: number; text: string } }
  | { on: 'image'; file: number; change: { op: string } & Record<string, unknown> };

/** A mutation of any kind, weighted towards the Markdown and the front matter. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), markdown: block }) },
  { weight: 2, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('replace-body' as const), markdown: fc.array(block, { minLength: 1, maxLength: 5 }).map((list) => list.join('\n\n')) }) },
  { weight: 3, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('frontmatter' as const), change: yamlLine(frontmatterKey) }) },
  { weight: 1, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('bytes' as const), change: fc.constantFrom('crlf', 'cr', 'bom', 'latin1', 'truncate', 'nul'), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ on: fc.constant('issue' as const), op: fc.constant('yaml' as const), change: yamlLine(issueKey) }) },
  { weight: 2, arbitrary: fc.record({ on: fc.constant('image' as const), file: fc.nat(), change: imageChange }) },
);

// ---------------------------------------------------------------- content that should build

/**
 * Characters the fonts cover, for bold, italic and heading text: other
 * characters there, and the combining overlays U+0334–U+0338 anywhere, crash
 * the PDF renderer (known bugs, see known-bugs.ts; the hostile cases still try them).
 */
const coveredOdd = fc.constantFrom('ß', 'İ', 'ǅ', 'Ελληνικά', 'Кириллица', 'e\u0301\u0302\u0303', '\u00ad', '\u200b', '\u00a0', '\u2060', '\u202e', '\u202c', '\u200f', '\u200e', 'ﬁ', '„Zitat“', '–', '…', '€', '½', 'x'.repeat(130));
const overlay = /[\u0334-\u0338]/g;

/** Text without anything Markdown or HTML would read as markup, with every odd character: for plain paragraphs only. */
const wildWord = fc.oneof(
  { weight: 5, arbitrary: plainWord },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }).map((text) => escapeMarkdown(text.replace(overlay, ''))) },
  { weight: 2, arbitrary: odd.map((text) => escapeMarkdown(text.replace(overlay, ''))) },
);
const wildWords = fc.array(wildWord, { minLength: 1, maxLength: 12 }).map((list) => list.join(' ').replace(/[\n\r\u2028\u2029\u0085]/g, ' ').trim() || 'Wort');
/** Text with the odd characters the fonts cover, for text that may be set in bold or italic. */
const safeWords = fc.array(fc.oneof({ weight: 4, arbitrary: plainWord }, { weight: 1, arbitrary: coveredOdd.map(escapeMarkdown) }), { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));
const styledWords = fc.array(fc.oneof({ weight: 3, arbitrary: plainWord }, { weight: 1, arbitrary: coveredOdd }), { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

/** Backslash-escapes every ASCII punctuation character, so that text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

const safeAddress = fc.constantFrom('https://example.org/seite', 'http://example.org', 'https://example.org/a?b=c&d=e#f', 'mailto:info@example.org', 'tel:+49301234567', 'https://例え.jp/', 'https://example.org/(klammer)');

/** Inline Markdown that should build. */
export const safeInline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: safeWords },
    { weight: 1, arbitrary: fc.oneof(styledWords, tie('inline').filter((x) => !/[^\s\w\u00a0-\u04ff\u2000-\u20ff„“…½€*~\\[\]():/.?=&#+-]/.test(x))).map((x) => `*${x}*`) },
    { weight: 1, arbitrary: styledWords.map((x) => `**${x}**`) },
    { weight: 1, arbitrary: styledWords.map((x) => `~~${x}~~`) },
    // Code in plain words: odd characters in code crash the PDF renderer (known bug, see known-bugs.ts); the hostile cases still try them.
    { weight: 1, arbitrary: fc.array(plainWord, { minLength: 1, maxLength: 4 }).map((list) => `\`${list.join(' ')}\``) },
    { weight: 2, arbitrary: fc.tuple(safeWords, safeAddress).map(([text, url]) => `[${text}](${url})`) },
    { weight: 1, arbitrary: fc.tuple(safeWords, fc.constantFrom('en', 'fr', 'ar', 'he', 'zh', 'de-CH', 'tr')).map(([text, code]) => `:lang[${text}]{code=${code}}`) },
  ),
})).inline;

/** Blocks that hold no blocks: text, lists of text, figures. */
const safeLeafBlock = fc.oneof(
  { weight: 4, arbitrary: fc.array(safeInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.array(safeInline, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('images/bild.jpg', 'images/linie.png'), safeWords).map(([src, alt]) => `:::figure{src="${src}" alt="${alt.replace(/["\\]/g, '')}"}\n:::`) },
);

/** Block Markdown that should build. */
export const safeBlock: fc.Arbitrary<string> = fc.letrec<{ block: string; blocks: string }>((tie) => ({
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((list) => list.join('\n\n')),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.array(safeInline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')) },
    { weight: 1, arbitrary: styledWords.map((text) => `## ${text}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '1. '), fc.array(tie('block'), { minLength: 1, maxLength: 3 })).map(([marker, items]) => items.map((item) => marker + item.replace(/\n/g, '\n   ')).join('\n')) },
    { weight: 1, arbitrary: tie('blocks').map((inner) => inner.split('\n').map((line) => `> ${line}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(safeInline, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.boolean())
      .map(([columns, rows, rowHeaders]) => {
        const row = (cells: string[]) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ?? 'x').replace(/\|/g, '\\|')).join(' | ')} |`;
        return `:::table{caption="Zahlen"${rowHeaders ? ' rowheaders' : ''}}\n${[row(rows[0]!), `|${' --- |'.repeat(columns)}`, ...rows.slice(1).map(row)].join('\n')}\n:::`;
      }) },
    { weight: 1, arbitrary: fc.array(plainWord, { minLength: 1, maxLength: 6 }).map((list) => `\`\`\`\n${list.join(' ')}\n\`\`\``) },
    { weight: 1, arbitrary: fc.constant('---') },
    // Boxes hold no boxes: a `:::` line inside closes the outer box first (see directive-unclosed).
    { weight: 1, arbitrary: fc.tuple(safeWords, fc.array(safeLeafBlock, { minLength: 1, maxLength: 3 })).map(([title, body]) => `::::aside{title="${title.replace(/["\\]/g, '')}"}\n${body.join('\n\n')}\n::::`) },
    { weight: 1, arbitrary: fc.tuple(safeWords, fc.array(safeLeafBlock, { minLength: 1, maxLength: 3 })).map(([cite, body]) => `::::pullquote{cite="${cite.replace(/["\\]/g, '')}"}\n${body.join('\n\n')}\n::::`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('images/bild.jpg', 'images/linie.png'), safeWords, fc.option(safeWords, { nil: undefined }), fc.boolean())
      .map(([src, alt, caption, span]) => `:::figure{src="${src}" alt="${alt.replace(/["\\]/g, '')}"${span ? ' span' : ''}}\n${caption ?? ''}\n:::`) },
  ),
})).block;

const safeFrontmatterLine = fc.oneof(
  fc.tuple(fc.constantFrom('kicker', 'subtitle', 'lead', 'author', 'role'), safeWords).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
  fc.constantFrom('columns: 1', 'columns: 2', 'columns: 3', 'lang: en', 'lang: de-AT', 'lang: ar', 'type: editorial', 'type: column', 'type: notice', 'type: article'),
);

/** A mutation that should leave the issue buildable. */
export const safeMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), markdown: safeBlock }) },
  { weight: 2, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), markdown: wildWords }) },
  { weight: 1, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('replace-body' as const), markdown: fc.array(safeBlock, { minLength: 1, maxLength: 5 }).map((list) => list.join('\n\n')) }) },
  { weight: 2, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('frontmatter' as const), change: fc.record({ action: fc.constant('upsert'), line: fc.constant(1), text: safeFrontmatterLine }) }) },
  { weight: 1, arbitrary: fc.record({ on: fc.constant('article' as const), file: fc.nat(), op: fc.constant('bytes' as const), change: fc.constantFrom('crlf' as const, 'cr' as const, 'bom' as const), at: fc.constant(0) }) },
);

/** A fuzz case: a fixture issue and the mutations to make to it, half of them meant to build. */
export const fuzzCase = fc.record({
  fixture: fc.constantFrom('minimal', 'minimal', 'minimal', 'gemeindebrief'),
  mutations: process.env.FUZZ_SAFE_ONLY ? fc.array(safeMutation, { minLength: 1, maxLength: 4 }) : fc.oneof(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.array(safeMutation, { minLength: 1, maxLength: 4 })),
});

/** A fuzz case as generated. */
export type FuzzCase = { fixture: string; mutations: Mutation[] };
