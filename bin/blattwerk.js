#!/usr/bin/env node
// The blattwerk command: a thin entry that loads the compiled CLI. One-off commands use the bundle
// (dist/bundle/, made by `npm run bundle`; it starts faster); the preview runs from dist/src/ directly,
// since it reloads templates that import the engine by path. React runs its production build.
import { existsSync } from 'node:fs';

process.env.NODE_ENV ??= 'production';
// --debug shows stacks of internal errors: point them at the TypeScript sources, not the bundle.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const entry = process.argv[2] !== 'preview' && existsSync(bundle) ? bundle : new URL('../dist/src/cli/main.js', import.meta.url);
const { main } = await import(entry.href);

process.exitCode = await main(process.argv.slice(2));
