/**
 * The start-up snapshot of `blattwerk build`. A cold build spent a third of
 * its time before laying out a line: Node loading the engine's modules
 * (React, React-PDF, fontkit, pdfkit, unified), fontkit parsing the fonts and
 * decoding their OpenType tables, and the hyphenation patterns being read.
 * `npm run bundle` runs this module once with `node --build-snapshot`
 * (bundled into one CommonJS script, see scripts/build-snapshot.mjs): it
 * loads all of that and V8 writes the heap to dist/snapshot/. A build then
 * starts from that heap (`bin/blattwerk.js` starts
 * `node --snapshot-blob … -- build …`) instead of loading everything again.
 *
 * What a snapshot cannot hold, and so stays out of it: WebAssembly (yoga is
 * instantiated on first layout, as before), ICU objects made at import
 * (language-tag.ts makes its Intl objects on first use), packages loaded
 * with require() (the hyphenation patterns are read and compiled while the
 * snapshot is made, and handed in), and optimised code. It keeps bytecode:
 * a made-up issue is built once while the snapshot is made (warmUpBuild).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { main } from './main.js';
import { markSnapshotStart } from './startup.js';
import './build-command.js';
import '../render/pdf/render-pdf.js';
import { newsletterTemplates } from '../../templates/index.js';
import { fontStoreFor } from '../render/pdf/font-store.js';
import { hyphenatorFor, patternSets, providePatterns } from '../render/pdf/hyphenation.js';
import { compilePatterns, type PatternDefinition } from '../render/pdf/liang.js';
import { writeWarmUpIssue } from './warm-up-issue.js';

/**
 * Reads a pattern set of the `hyphen` package without keeping its module: only the compiled set goes
 * into the snapshot (a module bundled into it would keep the package's tree of objects alive too).
 */
function compiledFromPackage(module: string): ReturnType<typeof compilePatterns> {
  const source = readFileSync(createRequire(import.meta.url).resolve(module), 'utf8');
  const holder: { exports: unknown } = { exports: {} };
  // The pattern modules are UMD: given a `module` with `exports` and no `define`, they set module.exports.
  new Function('module', 'define', source)(holder, undefined);
  return compilePatterns(holder.exports as PatternDefinition);
}

/** Text that takes every face of the default template set through shaping: ligatures, kerning, umlauts, quotes, figures. */
const sample = 'Grüße aus Wiesbaden – „Integration“ in Hessen 2018: Öffnungszeiten, Straße, fi fl ff ffi. (Foto: © HMSI) 12,5 % € §';

/**
 * Builds the made-up issue of warm-up-issue.ts (HTML only) in a temporary folder and removes it again:
 * V8 keeps the bytecode and type feedback of the code it ran.
 */
async function warmUpBuild(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'blattwerk-snapshot-'));
  try {
    const issue = path.join(folder, 'probeblatt');
    writeWarmUpIssue(issue);
    await main(['build', issue, '--only', 'html', '--out', path.join(folder, 'out'), '--quiet']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Loads what every build needs into the heap the snapshot keeps. */
async function warmUp(): Promise<void> {
  for (const [primary, module] of Object.entries(patternSets())) {
    providePatterns(primary, compiledFromPackage(module));
    hyphenatorFor(primary)('Integrationsbeauftragte');
  }
  const templates = newsletterTemplates();
  const store = await fontStoreFor(templates.fonts);
  for (const face of templates.fonts) {
    const source = store.getFont({ fontFamily: face.family, fontStyle: face.style, fontWeight: face.weight }) as unknown as { load(): Promise<void>; data: { layout(text: string): unknown } };
    await source.load();
    source.data.layout(sample);
  }
  await warmUpBuild();
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  // The builder waits for the event loop to empty before it writes the heap, so the fonts are loaded by then.
  warmUp().catch((error: unknown) => {
    process.stderr.write(`the start-up snapshot could not load the fonts and patterns: ${String(error)}\n`);
    process.exitCode = 1;
  });
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    markSnapshotStart();
    // argv is [node, ...arguments]: the snapshot replaces the script.
    main(process.argv.slice(1)).then((code) => {
      process.exitCode = code;
    }, (error: unknown) => {
      process.stderr.write(`blattwerk: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    });
  });
}
