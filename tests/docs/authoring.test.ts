/**
 * docs/authoring.md lists every message a user can meet: each rule id (the
 * typed registry in src/diagnostics/rule-ids.ts, which error() and warn()
 * only accept ids from) has its own `### <rule id>` section.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../helpers/fixtures.js';
import { ruleIds } from '../../src/diagnostics/rule-ids.js';

test('every rule id has its section in docs/authoring.md', () => {
  const doc = readFileSync(path.join(root, 'docs', 'authoring.md'), 'utf8');
  const missing = ruleIds.filter((id) => !new RegExp(`^### \`?${id}\`?\\s*$`, 'm').test(doc));
  expect(missing).toEqual([]);
});

test('every rule id in the registry is used somewhere in src/', () => {
  const all = (dir: string): string => readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? all(path.join(dir, entry.name)) : entry.name.endsWith('rule-ids.ts') ? '' : readFileSync(path.join(dir, entry.name), 'utf8')))
    .join('\n');
  const code = all(path.join(root, 'src'));
  // Ids of read failures are built as `file-${failure}` and `image-${failure}`; the type checker holds those to the registry.
  const unused = ruleIds.filter((id) => !code.includes(`'${id}'`) && !/^(file|image)-/.test(id));
  expect(unused).toEqual([]);
});
