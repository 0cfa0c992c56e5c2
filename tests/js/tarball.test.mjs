// The package as a user gets it: `npm pack`, install the tarball into an empty folder, import
// 'pith' by name from Node ESM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_002 = fileURLToPath(new URL('../fixtures/002_b4b415554566cd52.txt', import.meta.url));
const EXPECTED_000 = readFileSync(new URL('../fixtures/000_a7f127b872ba1c0d.txt', import.meta.url), 'utf8');

// Child npm processes must not inherit the lifecycle of an enclosing `npm test`.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_(lifecycle_|package_|command$|config_(prefix|global|save|dry_run|json)$)/i.test(k)),
);
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

let work;
let packed;
before(() => {
  work = mkdtempSync(path.join(tmpdir(), 'pith-pack-'));
  const out = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  [packed] = JSON.parse(out.slice(out.indexOf('[')));
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built package and nothing else', () => {
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ['package.json', 'dist/index.js', 'dist/node.js', 'dist/api.js', 'dist/index.d.ts',
    'dist/pith-core.mjs', 'dist/pith-core.wasm']) {
    assert.ok(files.includes(f), `${f} missing from the tarball: ${files.join(', ')}`);
  }
  for (const f of files) {
    assert.ok(f === 'package.json' || f === 'README.md' || f === 'LICENSE' || f.startsWith('dist/'),
      `unexpected file in the tarball: ${f}`);
  }
  assert.equal(packed.name, 'pith');
});

test('installed from the tarball into an empty folder, `import "pith"` reads 002 as 000', () => {
  const app = path.join(work, 'app');
  run('mkdir', ['-p', app], work);
  run('npm', ['init', '-y'], app);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], app);
  assert.ok(existsSync(path.join(app, 'node_modules', 'pith', 'dist', 'pith-core.wasm')));

  writeFileSync(path.join(app, 'main.mjs'), `
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPith } from 'pith';
const pith = await createPith();
const doc = pith.read(readFileSync(process.argv[2], 'utf8'));
const summary = pith.summarize(doc, { sentences: 3 });
const wasm = fileURLToPath(import.meta.resolve('pith/pith-core.wasm'));
process.stdout.write(JSON.stringify({ doc, summary, wasmExists: existsSync(wasm), version: pith.version }));
`);
  const result = JSON.parse(run(process.execPath, ['main.mjs', FIXTURE_002], app));
  assert.equal(result.doc.blocks.map((b) => b.text).join('\n'), EXPECTED_000);
  assert.equal(result.doc.title, 'Trump and Putin Set for Key Talks This Week as Peace Agreement Looms');
  assert.equal(result.doc.byline, 'Sarah Arnold');
  assert.equal(result.doc.published, '2025-03-16');
  assert.equal(result.summary.sentences.length, 3);
  for (const s of result.summary.sentences) {
    assert.equal(result.doc.blocks[s.block].text.slice(s.start, s.end), s.text);
  }
  assert.equal(result.wasmExists, true);
});
