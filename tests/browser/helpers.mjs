// Shared set-up for the browser tests: paths, Chromium flags, and small waiting helpers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB = path.join(ROOT, 'web');
export const EXTENSION = path.join(WEB, 'extension');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const BROWSER_FIXTURES = path.join(ROOT, 'tests', 'browser', 'fixtures');
export const ARTIFACTS = path.join(ROOT, 'artifacts');

export const EXECUTABLE = process.env.PITH_CHROMIUM || '/usr/bin/chromium';
export const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function fixture(name) {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The lines of a text file, without the empty string after a final newline. */
export function lines(text) {
  const out = text.split(/\r?\n/);
  if (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

export function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** Fails early with a clear message when the engine has not been built into web/. */
export function assertEngineBuilt(dir) {
  for (const f of ['index.js', 'pith-core.mjs', 'pith-core.wasm']) {
    if (!fs.existsSync(path.join(dir, 'engine', f))) {
      throw new Error(`${path.relative(ROOT, path.join(dir, 'engine', f))} is missing: run npm run build first`);
    }
  }
}

/**
 * Waits until the output container has finished a read after `before` (its data-reads counter,
 * bumped by the page and the panel after each render) and returns its state.
 */
export async function waitForRead(page, before, timeout = 15000) {
  await page.waitForFunction(
    (n) => {
      const out = document.getElementById('output');
      return out && Number(out.dataset.reads || 0) > n;
    },
    before,
    { timeout },
  );
  return page.$eval('#output', (out) => out.dataset.state);
}

export async function readCount(page) {
  return page.$eval('#output', (out) => Number(out.dataset.reads || 0));
}
