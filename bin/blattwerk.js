#!/usr/bin/env node
// The blattwerk command: a thin entry that loads the compiled CLI. One-off commands use the bundle
// (dist/bundle/, made by `npm run bundle`; it starts faster) unless it is older than the compiled sources;
// the preview runs from dist/src/ directly, since it reloads templates that import the engine by path.
// React runs its production build.
import { statSync } from 'node:fs';

process.env.NODE_ENV ??= 'production';
// --debug shows stacks of internal errors: point them at the TypeScript sources, not the bundle.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const fresh = process.argv[2] !== 'preview' && modified(bundle) >= modified(compiled);
const { main } = await import((fresh ? bundle : compiled).href);

process.exitCode = await main(process.argv.slice(2));
