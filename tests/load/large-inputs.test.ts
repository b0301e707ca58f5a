/**
 * Large sources are built or refused with a message, in bounded time and
 * memory (measured on the real CLI in a child process): a 10 MB article is
 * refused at once, an issue whose articles hold more than 1 MiB of text is
 * refused, and an article just under the 512 KiB limit builds, PDF included,
 * in well under a minute and a gigabyte.
 */
import { expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy } from '../helpers/fixtures.js';
import { measureCli } from '../helpers/measure.js';

/** An article of about `bytes` bytes of ordinary German text, in paragraphs and sections. */
function longArticle(bytes: number): string {
  const words = 'Der Landkreis hat beschlossen die Förderung für Vereine und Initiativen im kommenden Jahr deutlich zu erhöhen damit mehr Menschen am Leben in der Gemeinde teilhaben können'.split(' ');
  const parts = ['---\ntype: article\ntitle: Ein sehr langer Bericht\n---\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i += 1) {
    let paragraph = '';
    for (let k = 0; k < 90; k += 1) paragraph += `${words[(i * 7 + k * 3) % words.length]} `;
    paragraph = `${paragraph.trim()}.\n\n${i % 25 === 24 ? `## Abschnitt ${i}\n\n` : ''}`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

test('a 10 MB article is refused at once with a message at the file', () => {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
  writeFileSync(path.join(dir, '01-meldung.md'), longArticle(10_000_000));
  const run = measureCli(['build', 'issue', '--out', 'out'], cwd);
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toContain('issue/01-meldung.md:1:1: error: Unexpected file of 9.5 MB, expected at most 512 KB of text [file-too-large]');
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.ms).toBeLessThan(60_000);
  expect(run.peakRssMb).toBeLessThan(1024);
});

test('articles of more than 1 MiB together are refused, with the place in issue.yaml', () => {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
  for (const name of ['01-meldung.md', '02-hinweis.md', '03-bericht.md']) writeFileSync(path.join(dir, name), longArticle(400_000));
  const run = measureCli(['build', 'issue', '--out', 'out'], cwd);
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toMatch(/issue\/issue\.yaml:1:1: error: Unexpected 1\.\d MB of text in the articles, expected at most 1 MB in one issue \[issue-too-large\]/);
  expect(run.ms).toBeLessThan(60_000);
  expect(run.peakRssMb).toBeLessThan(1024);
});

test('an article just under the limit builds, HTML and PDF, in bounded time and memory', () => {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
  writeFileSync(path.join(dir, '01-meldung.md'), longArticle(500 * 1024));
  const run = measureCli(['build', 'issue', '--out', 'out', '-q'], cwd);
  expect(run.status, run.stderr).toBe(0);
  expect(run.ms).toBeLessThan(60_000);
  expect(run.peakRssMb).toBeLessThan(1024);
  console.log(`500 KiB article: ${(run.ms / 1000).toFixed(1)} s, ${Math.round(run.peakRssMb)} MB peak RSS`);
}, 90_000);
