/**
 * Bugs the fuzzer found, each kept as a small issue folder in regressions/
 * with a README line saying what goes wrong. A folder whose README says
 * `Status: open` is a bug not fixed yet (in the PDF renderer, outside the
 * front half): its test is skipped and listed in known-bugs.ts. Once fixed,
 * change the status to `fixed` and the test runs.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../helpers/fixtures.js';
import { buildIssue } from '../helpers/build.js';
import { openPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/fixtures.js';
import { mm, page } from '../../templates/tokens.js';

const folder = path.join(root, 'tests', 'fuzz', 'regressions');
const cases = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

/**
 * Cases whose content cannot be printed: they must be refused with a
 * positioned message (rule glyph-missing), not crash.
 */
const refused: Record<string, string> = {
  'uncovered-characters': 'glyph-missing',
  'combining-overlay-mark': 'glyph-missing',
  'masthead-uncovered-characters': 'glyph-missing',
};

/** Extra checks beyond "builds without throwing", by case. */
const checks: Record<string, (pdfFile: string) => Promise<void>> = {
  'long-word-three-columns': async (pdfFile) => {
    const pdf = await openPdf(pdfFile);
    const right = mm(page.width - page.marginOuter);
    for (let n = 1; n <= pdf.numPages; n += 1) {
      for (const item of (await (await pdf.getPage(n)).getTextContent()).items) {
        if ('str' in item && item.str.trim() !== '') expect((item.transform[4] as number) + item.width, item.str).toBeLessThanOrEqual(right + 0.5);
      }
    }
  },
};

describe('fuzz regressions', () => {
  for (const name of cases) {
    const readme = readFileSync(path.join(folder, name, 'README.md'), 'utf8');
    const open = /Status: open/.test(readme);
    (open ? test.skip : test)(`${name}: ${readme.split('\n')[0]!.slice(0, 80)}…`, async () => {
      const outDir = path.join(tempDir(), 'out');
      const result = await buildIssue(path.join(folder, name), { cwd: root, outDir, targets: ['html', 'pdf'] });
      const errors = result.files.flatMap((file) => file.messages.filter((m) => m.fatal === true));
      const rule = refused[name];
      if (rule !== undefined) {
        expect(result.ok).toBe(false);
        expect(errors.length).toBeGreaterThan(0);
        for (const message of errors) {
          expect(message.ruleId).toBe(rule);
          expect(message.line, String(message)).toBeGreaterThan(0);
        }
        return;
      }
      expect(errors.map(String)).toEqual([]);
      expect(result.ok).toBe(true);
      await checks[name]?.(path.join(outDir, name, `${name}.pdf`));
    });
  }
});
