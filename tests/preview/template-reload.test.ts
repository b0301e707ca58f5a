/**
 * Template changes while the preview runs: the template set is bundled
 * afresh from its sources and shares the running engine's modules, so it
 * builds the same outputs as the compiled set; a syntax error becomes a
 * message with `file:line:column` and a code frame. Runs the compiled
 * preview (dist/) in a child process, as `blattwerk preview` does.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, root, tempDir } from '../helpers/fixtures.js';

const script = `
const dist = (file) => import(${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'src')).href)} + '/' + file);
const { bundleTemplates } = await dist('preview/template-bundle.js');
const { formatMessage } = await dist('diagnostics/reporter.js');
const { build } = await dist('pipeline.js');
const { loadTemplates, pdfRendererFor } = await dist('cli/engine.js');
const [base, issue] = process.argv.slice(1);
const loaded = await bundleTemplates(base, base);
if (!loaded.ok) {
  console.log(JSON.stringify({ ok: false, text: loaded.messages.map((m) => formatMessage(m)).join('\\n\\n') }));
} else {
  const renderPdf = await pdfRendererFor({ bleed: 0 });
  const reloaded = loaded.factory();
  const a = await build({ dir: issue, templates: reloaded, targets: ['html', 'pdf'], renderPdf });
  const b = await build({ dir: issue, templates: await loadTemplates(), targets: ['html', 'pdf'], renderPdf });
  const page = (result) => result.html.find((file) => file.path === 'index.html').data;
  console.log(JSON.stringify({ ok: true, name: reloaded.name, built: a.ok, sameHtml: page(a) === page(b), pdfPages: a.pdf.pages, samePdfSize: a.pdf.bytes.length === b.pdf.bytes.length }));
}
`;

/** A package folder whose templates are a copy (to edit) and whose engine, fonts and packages are the repository's. */
function packageWithTemplateCopy(): string {
  const base = tempDir('blattwerk-templates-');
  cpSync(path.join(root, 'templates'), path.join(base, 'templates'), { recursive: true });
  for (const name of ['src', 'fonts', 'node_modules']) symlinkSync(path.join(root, name), path.join(base, name));
  return base;
}

function reload(base: string): { ok: boolean; text?: string; name?: string; built?: boolean; sameHtml?: boolean; pdfPages?: number; samePdfSize?: boolean } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, base, path.join(fixtures, 'minimal')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

test('reloads an edited template set that builds what the compiled one builds', () => {
  const base = packageWithTemplateCopy();
  const index = path.join(base, 'templates', 'index.ts');
  writeFileSync(index, readFileSync(index, 'utf8').replace("name: 'newsletter'", "name: 'newsletter-edited'"));
  const result = reload(base);
  expect(result).toEqual({ ok: true, name: 'newsletter-edited', built: true, sameHtml: true, pdfPages: 1, samePdfSize: true });
});

test('reports a syntax error in a template at its place, with a code frame', () => {
  const base = packageWithTemplateCopy();
  const index = path.join(base, 'templates', 'index.ts');
  const lines = readFileSync(index, 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes("name: 'newsletter'"));
  lines[line] = lines[line]!.replace("name: 'newsletter'", "name: 'newsletter");
  writeFileSync(index, lines.join('\n'));
  const result = reload(base);
  expect(result.ok).toBe(false);
  // The broken quote pairs with the next one on the line, so esbuild names what follows; the place is what matters.
  expect(result.text).toMatch(new RegExp(`^templates/index\\.ts:${line + 1}:\\d+: error: `));
  expect(result.text).toContain(`> ${line + 1} |`);
  expect(result.text).toContain('^');
});
