/**
 * Anchors in the one HTML page of an issue: every id is unique and every
 * `#…` link has a target, even when headings and footnotes of different
 * articles would slug to the same words, and right-to-left passages say so.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { buildIssue, messagesText } from '../helpers/build.js';

function problems(html: string): { duplicates: string[]; dangling: string[] } {
  const { document } = parseHTML(html);
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id')!);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  const dangling = [...document.querySelectorAll('a[href^="#"]')]
    .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
    .filter((target) => !ids.includes(target));
  return { duplicates, dangling };
}

describe('anchors of the HTML page', () => {
  test('headings and footnotes that slug alike still get unique, working anchors', async () => {
    const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
    // "a" + heading "B C" and "a-b" + heading "C" both slug to "a-b-c"; a heading "Fn 1" looks like a footnote's anchor.
    writeFileSync(path.join(dir, 'a.md'), '---\ntype: article\ntitle: Erster\n---\n\nText.[^1] Noch einmal.[^1]\n\n## B C\n\nMehr.\n\n## Fn 1\n\nEnde.\n\n[^1]: Die Anmerkung.\n');
    writeFileSync(path.join(dir, 'a-b.md'), '---\ntype: article\ntitle: Zweiter\n---\n\nText.[^x]\n\n## C\n\nMehr.\n\n[^x]: Noch eine Anmerkung.\n');
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue('issue', { cwd, outDir });
    expect(messagesText(result)).toBe('');
    const html = readFileSync(path.join(outDir, 'issue', 'index.html'), 'utf8');
    expect(problems(html)).toEqual({ duplicates: [], dangling: [] });
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('sup.noteref a').length).toBe(3);
  });

  test.each(['2018-herbst', 'gemeindebrief'])('%s has unique ids and no dangling links', async (slug) => {
    const { cwd } = issueCopy(slug === '2018-herbst' ? path.join(root, 'issues', slug) : path.join(fixtures, slug), undefined, slug);
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue(slug, { cwd, outDir });
    expect(result.ok).toBe(true);
    expect(problems(readFileSync(path.join(outDir, slug, 'index.html'), 'utf8'))).toEqual({ duplicates: [], dangling: [] });
  });

  test('a passage, an article and an issue in a right-to-left language get dir="rtl"', async () => {
    const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
    writeFileSync(path.join(dir, 'a.md'), '---\ntype: article\ntitle: Willkommen\n---\n\nAuf Arabisch: :lang[أهلا وسهلا]{code=ar}, auf Persisch: :lang[خوش آمدید]{code=fa}, auf Englisch: :lang[welcome]{code=en}.\n');
    writeFileSync(path.join(dir, 'b.md'), '---\ntype: article\ntitle: أهلا وسهلا\nlang: ar\n---\n\nنص المقال.\n');
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue('issue', { cwd, outDir });
    expect(result.ok).toBe(true);
    const { document } = parseHTML(readFileSync(path.join(outDir, 'issue', 'index.html'), 'utf8'));
    expect(document.documentElement.hasAttribute('dir')).toBe(false);
    expect(document.querySelector('span[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('span[lang="fa"]')?.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('span[lang="en"]')?.hasAttribute('dir')).toBe(false);
    expect(document.querySelector('article[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
  });
});
