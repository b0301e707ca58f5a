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
 * with require() (the hyphenation patterns are bundled and handed in), and
 * compiled code (V8 compiles functions again on first call).
 */
import v8 from 'node:v8';
import { main } from './main.js';
import { markSnapshotStart } from './startup.js';
import './build-command.js';
import '../render/pdf/render-pdf.js';
import { newsletterTemplates } from '../../templates/index.js';
import { fontStoreFor } from '../render/pdf/font-store.js';
import { hyphenatorFor, patternSets, providePatterns, type PatternHyphenate } from '../render/pdf/hyphenation.js';
import de from 'hyphen/de-1996/index.js';
import en from 'hyphen/en/index.js';
import fr from 'hyphen/fr/index.js';
import it from 'hyphen/it/index.js';
import es from 'hyphen/es/index.js';
import nl from 'hyphen/nl/index.js';
import pl from 'hyphen/pl/index.js';
import tr from 'hyphen/tr/index.js';

/** The bundled pattern sets, by primary language; every language hyphenation.ts knows must be here. */
const bundled: Record<string, { hyphenateSync: PatternHyphenate }> = { de, en, fr, it, es, nl, pl, tr };

/** Text that takes every face of the default template set through shaping: ligatures, kerning, umlauts, quotes, figures. */
const sample = 'Grüße aus Wiesbaden – „Integration“ in Hessen 2018: Öffnungszeiten, Straße, fi fl ff ffi. (Foto: © HMSI) 12,5 % € §';

/** Loads what every build needs into the heap the snapshot keeps. */
async function warmUp(): Promise<void> {
  for (const primary of Object.keys(patternSets())) {
    const patterns = bundled[primary];
    if (patterns === undefined) throw new Error(`The start-up snapshot bundles no hyphenation patterns for "${primary}"`);
    providePatterns(primary, patterns.hyphenateSync);
    hyphenatorFor(primary)('Integrationsbeauftragte');
  }
  const templates = newsletterTemplates();
  const store = await fontStoreFor(templates.fonts);
  for (const face of templates.fonts) {
    const source = store.getFont({ fontFamily: face.family, fontStyle: face.style, fontWeight: face.weight }) as unknown as { load(): Promise<void>; data: { layout(text: string): unknown } };
    await source.load();
    source.data.layout(sample);
  }
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
