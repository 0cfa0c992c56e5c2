// The MV3 extension (web/extension/) loaded unpacked in headless Chromium: open a local news page,
// click the toolbar action (through CDP's Extensions.triggerAction, which goes through the same path
// as a real click and grants activeTab), and check the side panel shows the article and its summary.
//
// The panel is also opened as an ordinary tab at panel.html?tab=<id> (its test mode) so Playwright
// can inspect it and take a screenshot; the side panel itself is not a Playwright page, so it is read
// through a raw CDP session.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import {
  EXTENSION, BROWSER_FIXTURES, EXECUTABLE, ARGS, artifact, assertEngineBuilt, waitForRead, readCount,
} from './helpers.mjs';
import { escapeMarkdown } from '../../web/extension/summary-text.js';

// A one-page PDF with one line of text.
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
  '4 0 obj << /Length 58 >> stream',
  'BT /F1 18 Tf 20 80 Td (The ferry runs twice a day.) Tj ET',
  'endstream endobj',
  '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

const TITLE = 'City Council Approves Riverside Park Expansion After Long Debate';

// About 3 MB of article HTML: seconds of engine time.
const LONG_REPORT = (() => {
  const words = ['harbour', 'council', 'ferry', 'budget', 'island', 'vote', 'bridge', 'school', 'river', 'market'];
  const report = Array.from({ length: 13000 }, (_, i) => `<p>Paragraph ${i + 1} of the long report says the ${words[i % 10]} ` +
    `plan for the ${words[(i * 7) % 10]} will be discussed again on day ${i + 2}, when the board votes on budget line ${i * 7} ` +
    `and on the ${words[(i * 3) % 10]} works that residents asked for in letter number ${i * 13}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Long Report</title></head>` +
    `<body><article><h1>The Long Report</h1>${report.join('\n')}</article></body></html>`;
})();

/** Evaluates an expression in a target Playwright does not expose (the side panel) over raw CDP. */
async function targetEvaluator(session, targetId) {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const waiting = new Map();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const resolve = waiting.get(message.id);
    if (resolve) {
      waiting.delete(message.id);
      resolve(message);
    }
  });
  return async (expression) => {
    const id = next++;
    const reply = new Promise((resolve) => waiting.set(id, resolve));
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    const message = await reply;
    if (message.error) throw new Error(message.error.message);
    if (message.result.exceptionDetails) throw new Error(message.result.exceptionDetails.text);
    return message.result.result.value;
  };
}

async function poll(fn, { timeout = 15000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

describe('extension', { timeout: 120000 }, () => {
  let server;
  let context;
  let profile;
  let worker;
  let extensionId;
  let article;
  let articleUrl;
  let tabId;
  let paragraphs;
  const requests = [];

  before(async () => {
    assertEngineBuilt(EXTENSION);
    server = await startServer({ root: BROWSER_FIXTURES, port: 0 });
    articleUrl = new URL('article.html', server.url).href;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-ext-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLE,
      headless: false,
      viewport: { width: 1280, height: 900 },
      args: [
        ...ARGS,
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        // Lets a CDP client trigger extension actions (Extensions.triggerAction); test-only.
        '--enable-unsafe-extension-debugging',
      ],
    });
    context.on('request', (req) => requests.push(req.url()));
    worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;

    article = await context.newPage();
    await article.goto(articleUrl);
    for (const p of context.pages()) if (p !== article) await p.close();
    await article.bringToFront();
    paragraphs = await article.$$eval('article > p', (ps) => ps.map((p) => p.textContent.trim()));
    // Without the "tabs" permission the worker sees no URLs, so find the tab as the active one.
    const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    assert.equal(tabs.length, 1);
    tabId = tabs[0].id;
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('asks for minimal permissions: no host access, a strict CSP for its pages', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'sidePanel']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.equal(manifest.side_panel.default_path, 'panel.html');
    assert.equal(manifest.background.type, 'module');
    assert.equal(
      manifest.content_security_policy.extension_pages,
      "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    );
    assert.match(extensionId, /^[a-p]{32}$/);
  });

  it('cannot read a page before the toolbar action is clicked there, and says so', async () => {
    const panel = await context.newPage();
    try {
      await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${tabId}`);
      assert.equal(await waitForRead(panel, 0), 'error');
      assert.match(await panel.textContent('#error'), /toolbar button/);
      assert.equal(await panel.locator('#output .pith-title').count(), 0);
    } finally {
      await panel.close();
    }
  });

  it('opens the side panel on an action click and shows the article with its summary', async () => {
    await article.bringToFront();
    const cdp = await context.browser().newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabTarget = targetInfos.find((t) => t.url === articleUrl);
    assert.ok(tabTarget, 'the article tab is a CDP tab target');
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTarget.targetId });

    const panelUrl = `chrome-extension://${extensionId}/panel.html`;
    const sidePanel = await poll(
      async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === panelUrl),
      { what: 'the side panel to open' },
    );
    const evaluate = await targetEvaluator(cdp, sidePanel.targetId);
    const state = await poll(
      () => evaluate(`(() => { const o = document.getElementById('output'); return o && o.dataset.state !== 'empty' && o.dataset.state; })()`),
      { what: 'the side panel to read the page' },
    );
    const shown = await evaluate(`(() => ({
      error: document.getElementById('error').textContent,
      title: (document.querySelector('#output .pith-title') || {}).textContent,
      summary: [...document.querySelectorAll('#output .pith-summary-item')].map((li) => li.textContent),
    }))()`);
    assert.equal(state, 'ready', `side panel error: ${shown.error}`);
    assert.equal(shown.title, TITLE);
    assert.equal(shown.summary.length, 3);
    for (const s of shown.summary) {
      assert.ok(paragraphs.some((p) => p.includes(s)), `summary sentence not in the article: ${s}`);
    }
    await cdp.detach();
  });

  it('keeps the side panel’s reading, restored pieces included, when another tab is selected', async () => {
    const cdp = await context.browser().newBrowserCDPSession();
    try {
      const panelUrl = `chrome-extension://${extensionId}/panel.html`;
      const sidePanel = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === panelUrl);
      assert.ok(sidePanel, 'the side panel is open');
      const evaluate = await targetEvaluator(cdp, sidePanel.targetId);
      const shown = () => evaluate(`(() => ({
        reads: Number(document.getElementById('output').dataset.reads || 0),
        error: document.getElementById('error').hidden ? '' : document.getElementById('error').textContent,
        title: (document.querySelector('#output .pith-title') || {}).textContent,
        removed: document.querySelectorAll('#output .pith-removed li').length,
      }))()`);
      const start = await shown();
      assert.equal(start.title, TITLE);
      await evaluate(`document.querySelector('#output .pith-restore').click()`);
      // The engine answers from its worker: the panel renders the restored reading once it has.
      const restored = await poll(async () => { const s = await shown(); return s.removed < start.removed && s; }, { what: 'the piece to be restored' });
      assert.equal(restored.removed, start.removed - 1);

      // A new tab (which pith cannot read) is selected: the reading stays, with no error.
      const blank = await context.newPage();
      await blank.bringToFront();
      const away = await poll(async () => { const s = await shown(); return s.reads > restored.reads && s; }, { what: 'the panel to look at the new tab' });
      assert.equal(away.title, TITLE);
      assert.equal(away.error, '');
      assert.equal(away.removed, restored.removed);

      // Back on the article: its reading as it was left.
      await article.bringToFront();
      const back = await poll(async () => { const s = await shown(); return s.reads > away.reads && s; }, { what: 'the panel to show the article again' });
      assert.equal(back.title, TITLE);
      assert.equal(back.error, '');
      assert.equal(back.removed, restored.removed);
      await blank.close();
    } finally {
      await cdp.detach();
    }
  });

  it('shows the same reading in the panel page opened as a tab (panel.html?tab=)', async () => {
    const panel = await context.newPage();
    const errors = [];
    panel.on('pageerror', (err) => errors.push(String(err)));
    await panel.setViewportSize({ width: 460, height: 1000 });
    await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${tabId}`);
    const state = await waitForRead(panel, 0);
    assert.equal(state, 'ready', `panel error: ${await panel.textContent('#error')}`);

    assert.equal((await panel.textContent('#output .pith-title')).trim(), TITLE);
    assert.equal(await panel.textContent('#output .pith-byline'), 'Maria Delgado');
    assert.equal(await panel.getAttribute('#output time.pith-date', 'datetime').then((d) => d.slice(0, 10)), '2025-04-08');

    // The page's relative canonical and og:image links, placed with the tab's address the panel sent,
    // shown as text links; the image is a link, never loaded.
    const links = await panel.$$eval('#output .pith-links a', (as) => as.map((a) => ({
      cls: a.className, text: a.textContent, href: a.href, target: a.target, rel: a.rel,
    })));
    const source = new URL('/news/riverside-park-expansion', articleUrl).href;
    const image = new URL('/images/riverside-park.jpg', articleUrl).href;
    assert.deepEqual(links, [
      { cls: 'pith-source', text: source, href: source, target: '_blank', rel: 'noopener noreferrer' },
      { cls: 'pith-image-link', text: image, href: image, target: '_blank', rel: 'noopener noreferrer' },
    ]);
    assert.match(await panel.textContent('#output .pith-links'), /^Source: .*Lead image: /);

    const summary = await panel.$$eval('#output .pith-summary-item', (li) => li.map((x) => x.textContent));
    assert.equal(summary.length, 3);
    for (const s of summary) {
      assert.ok(paragraphs.some((p) => p.includes(s)), `summary sentence not in the article: ${s}`);
    }
    const marks = await panel.$$eval('#output mark.pith-hl', (m) => m.map((x) => x.textContent));
    assert.deepEqual(marks, summary);

    // The article's paragraphs are in the body; the site's navigation is not.
    const body = await panel.$$eval('#output .pith-body p', (ps) => ps.map((p) => p.textContent));
    assert.ok(body.includes(paragraphs[0]), `body: ${JSON.stringify(body)}`);
    assert.ok(!body.includes('Politics'));
    assert.ok((await panel.locator('#output .pith-removed li').count()) > 0);
    assert.equal(await panel.locator('#output img, #output script').count(), 0);

    // Key phrases, and a Markdown copy that links to the article's canonical address.
    const phrases = await panel.$$eval('#output .pith-key-phrase', (li) => li.map((x) => x.textContent));
    assert.ok(phrases.length >= 1 && phrases.length <= 10, JSON.stringify(phrases));
    const bodyText = body.join('\n');
    for (const p of phrases) assert.ok(bodyText.includes(p), `key phrase not in the article: ${p}`);
    // The panel is not a focused page here, so the clipboard call is recorded rather than made.
    await panel.evaluate(() => {
      window.copied = [];
      navigator.clipboard.writeText = async (text) => { window.copied.push(text); };
    });
    await panel.click('#output button[data-copy="markdown"]');
    await panel.click('#output button[data-copy="text"]');
    await panel.waitForFunction(() => window.copied.length === 2);
    const [markdown, text] = await panel.evaluate(() => window.copied);
    assert.ok(markdown.startsWith(`# ${TITLE}\n\n[Source](${source})\n\n- `), markdown);
    for (const s of summary) assert.ok(markdown.includes(`\n- ${escapeMarkdown(s)}`), markdown);
    assert.equal(text, [TITLE, '', ...summary].join('\n'));

    // Restoring a removed piece puts it back into the panel's article.
    const removedBefore = await panel.locator('#output .pith-removed li').count();
    await panel.click('#output .pith-removed-group[data-reason="caption"] .pith-restore');
    await panel.waitForFunction((n) => document.querySelectorAll('#output .pith-removed li').length === n - 1, removedBefore);
    const restoredBody = await panel.$$eval('#output .pith-body p', (ps) => ps.map((p) => p.textContent));
    assert.ok(restoredBody.some((p) => p.startsWith('Families walk along the river path')), JSON.stringify(restoredBody));

    // The sentences control re-summarizes.
    const n = await readCount(panel);
    await panel.selectOption('#sentences', '2');
    await waitForRead(panel, n);
    assert.equal(await panel.locator('#output .pith-summary-item').count(), 2);
    await panel.selectOption('#sentences', '3');
    await waitForRead(panel, n + 1);

    await panel.screenshot({ path: artifact('extension.png'), fullPage: true });
    assert.deepEqual(errors, []);
  });

  /** The id of the tab showing `page` (brought to the front: without "tabs" the worker sees no URLs). */
  async function idOf(page) {
    await page.bringToFront();
    const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    return tabs[0].id;
  }

  /** Clicks the toolbar action on the tab showing `url` (grants activeTab there). */
  async function clickAction(url) {
    const cdp = await context.browser().newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const target = targetInfos.find((t) => t.url === url);
      assert.ok(target, `a tab shows ${url}: ${JSON.stringify(targetInfos.map((t) => t.url))}`);
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
    } finally {
      await cdp.detach();
    }
  }

  /**
   * Opens the panel in test mode on tab `id`, clicks the pith button on `url` (which grants access
   * to the tab and makes the panel read it again) and returns what the panel then shows.
   */
  async function panelOn(tab, url) {
    const panel = await context.newPage();
    try {
      await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${await idOf(tab)}`);
      await waitForRead(panel, 0);
      await tab.bringToFront();
      await clickAction(url);
      const state = await waitForRead(panel, 1);
      return {
        state,
        error: await panel.textContent('#error'),
        title: await panel.locator('#output .pith-title').allTextContents(),
        body: await panel.$$eval('#output .pith-body p, #output .pith-body pre', (ps) => ps.map((p) => `${p.tagName}:${p.textContent}`)),
      };
    } finally {
      await panel.close();
    }
  }

  it('says plainly that it cannot read the browser’s own pages', async () => {
    // (chrome://newtab gives the same error as chrome://version; Debian's fetches a search page.)
    for (const url of ['chrome://version/', `view-source:${articleUrl}`, 'about:blank']) {
      const tab = await context.newPage();
      try {
        await tab.goto(url).catch(() => {});
        const shown = await panelOn(tab, url);
        assert.equal(shown.state, 'error', url);
        assert.match(shown.error, /the browser does not let extensions read its own pages/, `${url}: ${shown.error}`);
      } finally {
        await tab.close();
      }
    }
  });

  it('reads a plain-text document as text, and says it cannot read a PDF', async () => {
    const files = http.createServer((req, res) => {
      if (req.url === '/story.txt') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Ferry Service Doubles In May\n\nThe ferry to the outer islands will run twice a day from May, the transport board said on Monday.\n\nThe board said more visitors had asked for the change every year since the harbour reopened.\n');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        res.end(PDF);
      }
    });
    await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${files.address().port}`;
    try {
      const txt = await context.newPage();
      await txt.goto(`${base}/story.txt`);
      const shown = await panelOn(txt, `${base}/story.txt`);
      assert.equal(shown.state, 'ready', shown.error);
      assert.deepEqual(shown.title, ['Ferry Service Doubles In May']);
      assert.ok(shown.body.every((b) => b.startsWith('P:')), JSON.stringify(shown.body));
      assert.equal(shown.body.length, 2, JSON.stringify(shown.body));
      await txt.close();

      const pdf = await context.newPage();
      await pdf.goto(`${base}/paper.pdf`).catch(() => {});
      await pdf.waitForTimeout(500);
      const pdfShown = await panelOn(pdf, `${base}/paper.pdf`);
      assert.equal(pdfShown.state, 'error');
      // Either the viewer's page is read (its type says PDF) or the viewer refuses; both say PDF.
      assert.match(pdfShown.error, /cannot read PDF files|or PDF files/, pdfShown.error);
      await pdf.close();
    } finally {
      files.close();
    }
  });

  /** Serves `LONG_REPORT` on a local port; returns its address and a close function. */
  async function serveLongReport() {
    const files = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(LONG_REPORT);
    });
    await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${files.address().port}/long-report.html`, close: () => files.close() };
  }

  it('stays responsive while it reads a large page, and says it is reading', async (t) => {
    const { url, close } = await serveLongReport();
    const tab = await context.newPage();
    const panel = await context.newPage();
    try {
      await tab.goto(url);
      await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${await idOf(tab)}`);
      await waitForRead(panel, 0);
      // What the panel's main thread does meanwhile: every task over 50 ms, and what it showed.
      await panel.evaluate(() => {
        window.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
        }).observe({ type: 'longtask' });
        const output = document.getElementById('output');
        window.shown = [];
        new MutationObserver(() => window.shown.push(
          `${output.getAttribute('aria-busy') === 'true' ? 'busy' : 'idle'}: ${document.getElementById('status').textContent}`,
        )).observe(document.body, { attributes: true, childList: true, characterData: true, subtree: true });
      });
      await tab.bringToFront();
      await clickAction(url);
      await panel.bringToFront();
      const t0 = Date.now();
      const state = await waitForRead(panel, 1, 90000);
      const took = Date.now() - t0;
      assert.equal(state, 'ready', await panel.textContent('#error'));
      assert.equal((await panel.textContent('#output .pith-title')).trim(), 'The Long Report');
      assert.equal(await panel.getAttribute('#output', 'aria-busy'), null);
      const { longTasks, shown } = await panel.evaluate(() => ({ longTasks: window.longTasks, shown: window.shown }));
      // On the panel's own thread the engine's work was one task, most of the read (1,876 ms of
      // 3,383 here); in the worker, what is left is taking the reading in and rendering it (82 and
      // 91 ms of 2,986; up to 308 ms while another build shared the machine's two cores). So the
      // bound grows with the read's time: a machine busy with other work still passes.
      const longest = Math.max(0, ...longTasks);
      t.diagnostic(`read in ${took} ms; the panel's tasks over 50 ms: ${JSON.stringify(longTasks)}`);
      assert.ok(longest < Math.max(200, took / 5), `the panel froze for ${longest} ms during a ${took} ms read: ${JSON.stringify(longTasks)}`);
      assert.ok(shown.some((s) => s === 'busy: Reading the page…'), JSON.stringify([...new Set(shown)]));
    } finally {
      await panel.close();
      await tab.close();
      close();
    }
  });

  it('drops a large page’s reading when another tab is selected before it is read', async () => {
    const { url, close } = await serveLongReport();
    const cdp = await context.browser().newBrowserCDPSession();
    let tab = null;
    try {
      const panelUrl = `chrome-extension://${extensionId}/panel.html`;
      const sidePanel = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === panelUrl);
      assert.ok(sidePanel, 'the side panel is open');
      const evaluate = await targetEvaluator(cdp, sidePanel.targetId);
      const reads = () => evaluate(`Number(document.getElementById('output').dataset.reads || 0)`);
      // A new tab, selected: the panel looks at it (it cannot read it before the button is clicked).
      let n = await reads();
      tab = await context.newPage();
      await tab.goto(url);
      await poll(async () => (await reads()) > n, { what: 'the panel to look at the new tab' });
      await evaluate(`(() => {
        window.titles = [];
        new MutationObserver(() => window.titles.push((document.querySelector('#output .pith-title') || {}).textContent))
          .observe(document.getElementById('output'), { childList: true, subtree: true });
      })()`);
      n = await reads();
      await clickAction(url);
      // The page is being taken or read when the article's tab, read before, is selected.
      await poll(() => evaluate(`document.getElementById('status').textContent === 'Reading the page…'`), { interval: 20, what: 'the read to start' });
      await new Promise((r) => setTimeout(r, 300));
      await article.bringToFront();
      const back = await poll(async () => {
        const s = await evaluate(`(() => ({ reads: Number(document.getElementById('output').dataset.reads || 0),
          state: document.getElementById('output').dataset.state,
          title: (document.querySelector('#output .pith-title') || {}).textContent }))()`);
        return s.reads > n && s.title === TITLE && s;
      }, { timeout: 60000, what: 'the panel to show the article again' });
      assert.equal(back.state, 'ready');
      // By then the engine has answered for the large page (one worker, one call at a time): its
      // reading was dropped, never shown.
      await new Promise((r) => setTimeout(r, 300));
      const titles = await evaluate('window.titles');
      assert.ok(!titles.includes('The Long Report'), JSON.stringify([...new Set(titles)]));
      assert.equal(await evaluate(`document.querySelector('#output .pith-title').textContent`), TITLE);
    } finally {
      await tab?.close();
      await cdp.detach();
      close();
    }
  });

  it('made no request outside the local server and the extension', () => {
    // The browser's pages and its PDF viewer (an extension) loaded their parts for the tests above.
    const allowed = [new URL(server.url).origin, `chrome-extension://${extensionId}`, 'chrome://',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', 'http://127.0.0.1:'];
    const foreign = requests.filter((u) => !u.startsWith('data:') && !allowed.some((a) => u.startsWith(a)));
    assert.deepEqual(foreign, []);
    // The lead image was shown as a link only: neither the page nor the panel fetched it.
    assert.ok(!requests.some((u) => u.includes('/images/riverside-park.jpg')), JSON.stringify(requests));
  });
});
