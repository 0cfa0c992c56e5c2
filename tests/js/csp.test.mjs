// The page's Content-Security-Policy travels with web/index.html as a <meta>, not only as the header
// scripts/serve.mjs sends: web/ served by any other static server ran without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';

const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*>/i;

test('index.html carries the served policy as a <meta>', () => {
  const meta = META.exec(html);
  assert.ok(meta, 'no CSP <meta> in web/index.html');
  assert.equal(meta[1], CONTENT_SECURITY_POLICY);
});

test('the <meta> policy comes before every script and stylesheet, and holds only what a <meta> can carry', () => {
  const at = html.search(META);
  for (const tag of [/<script\b/i, /<link\b[^>]*rel="stylesheet"/i, /<style\b/i]) {
    const first = html.search(tag);
    if (first >= 0) assert.ok(at < first, `the policy must precede ${tag}`);
  }
  // A policy delivered in <meta> ignores these (CSP3 §3.3): the header would have to carry them.
  for (const directive of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) {
    assert.ok(!CONTENT_SECURITY_POLICY.includes(directive), `${directive} cannot be given in a <meta>`);
  }
});
