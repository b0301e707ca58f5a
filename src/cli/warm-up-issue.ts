/**
 * The made-up issue the start-up snapshot builds once while it is made
 * (snapshot.ts, `--only html`: the layout needs yoga, whose WebAssembly a
 * snapshot cannot hold). V8 keeps the bytecode and type feedback of the code
 * it ran, so a build from the snapshot finds the parser, the model and the
 * HTML templates compiled (numbers in docs/performance.md). It has the
 * format's common parts: front matter, headings, emphasis, a link, language
 * changes, lists, a pull quote, a picture, a table, a quotation, a footnote,
 * a box. Its words are not the seed's. A module of its own, since the
 * snapshot's entry may export nothing; tests/cli/snapshot.test.ts checks that
 * it builds without errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const warmUpIssue: Record<string, string | Buffer> = {
  'issue.yaml': 'title: Probeblatt\nedition: Ausgabe 1/2025\ndate: 2025-03-01\nlang: de\npublisher: Redaktion Probeblatt\nimpressum:\n  - label: Herausgeber\n    text: |\n      Redaktion Probeblatt\n      Probeweg 2 · 34567 Probestadt\n',
  '01-bericht.md': [
    '---', 'type: article', 'title: Ein Bericht aus der Gemeinde', 'kicker: Probe', 'author: Eine Redakteurin', 'columns: 2', '---', '',
    'Der erste Absatz erzählt *mit Betonung* und **mit Nachdruck**, was die Nachbarschaftshilfe im Frühjahr vorhat, und nennt eine [Seite im Netz](https://example.org/probe).[^a]', '',
    '## Ein Abschnitt mit Liste', '',
    '- Sprechstunden am Vormittag', '- Beratung auf :lang[English]{code=en} und :lang[Türkçe]{code=tr}', '', '1. Anmeldung', '2. Termin', '',
    ':::pullquote{cite="Eine Stimme aus dem Ort"}', 'Wer fragt, bekommt Antwort.', ':::', '',
    ':::figure{src="images/punkt.png" alt="Ein grauer Punkt als Platzhalter." credit="© Redaktion"}', 'Die Unterschrift des Bildes', ':::', '',
    ':::table{caption="Termine im Frühjahr"}', '| Tag | Ort |', '| --- | --- |', '| Montag | Rathaus |', '| Mittwoch | Bücherei |', ':::', '',
    '> Ein Zitat als eigener Absatz.', '',
    '[^a]: Eine Fußnote mit einer Quelle.', '',
  ].join('\n'),
  '02-kasten.md': [
    '---', 'type: notice', 'title: Ein Hinweis', '---', '',
    ':::aside{title="Auf einen Blick"}', 'Öffnungszeiten: Montag bis Freitag, 9 bis 12 Uhr.', ':::', '',
  ].join('\n'),
  // A grey 16 × 16 PNG.
  'images/punkt.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAAAAAA6mKC9AAAAD0lEQVR42mNoQAMMI1sAAAUMgAHjM1mKAAAAAElFTkSuQmCC', 'base64'),
};


/** Writes the made-up issue into the folder `issue`. */
export function writeWarmUpIssue(issue: string): void {
  for (const [file, content] of Object.entries(warmUpIssue)) {
    mkdirSync(path.dirname(path.join(issue, file)), { recursive: true });
    writeFileSync(path.join(issue, file), content);
  }
}
