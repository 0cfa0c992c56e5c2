// The page's ways in and what a screen reader hears of them: a dropped or chosen file shown as the
// engine decodes it, announcements once a read settles, headings and button names, and the CSP
// the page carries itself when a plain static server gives none.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, CONTENT_TYPES, HOST } from '../../scripts/serve.mjs';
import { WEB, EXTENSION, EXECUTABLE, ARGS, fixture, assertEngineBuilt, waitForRead, readCount } from './helpers.mjs';

const STORY = 'Café crème: the naïve façade of Zürich’s old town hall will be restored this spring. ' +
  'The council voted on Tuesday to spend four million francs on the work.\n\n' +
  'Scaffolding goes up in March, and the square stays open to the market throughout.\n';

// windows-1252: one byte a character (every character of STORY is in it).
const CP1252 = { '’': 0x92 };
const cp1252 = (text) => Uint8Array.from(text, (c) => CP1252[c] ?? c.charCodeAt(0));
function utf16le(text) {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('page input', { timeout: 120000 }, () => {
  let server;
  let browser;
  let page;

  before(async () => {
    assertEngineBuilt(EXTENSION);
    server = await startServer({ root: WEB, port: 0 });
    browser = await chromium.launch({ executablePath: EXECUTABLE, headless: false, args: ARGS });
    page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('output').dataset.state === 'ready', null, { timeout: 20000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function drop(name, bytes) {
    const n = await readCount(page);
    await page.evaluate(({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
      document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { name, bytes: [...bytes] });
    return waitForRead(page, n);
  }

  it('shows a dropped UTF-16 or windows-1252 file in the box as the engine decoded it', async () => {
    for (const [name, bytes] of [['utf16.txt', utf16le(STORY)], ['cp1252.txt', cp1252(STORY)]]) {
      assert.equal(await drop(name, bytes), 'ready', name);
      assert.equal(await page.inputValue('#input'), STORY, name);
      assert.match(await page.textContent('#output [data-block="0"]'), /^Café crème: the naïve façade of Zürich’s/, name);
    }
    // The dropped bytes are still what is read: the windows-1252 warning stays.
    assert.match(await page.textContent('#output .pith-warnings'), /windows-1252/);
  });

  it('opens a file from the keyboard with Open file…, as a drop does', async () => {
    const n = await readCount(page);
    await page.focus('#open-file');
    // Playwright turns on catching the chooser when the listener is added, in a message of its own:
    // a round trip after it makes sure the browser has it before Enter (in a full run the chooser
    // once opened before that, and the wait timed out).
    const chosen = page.waitForEvent('filechooser');
    await page.evaluate(() => 0);
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    assert.equal(await page.getAttribute('#file', 'accept'), '.txt,.html,.htm,.md,text/*');
    await chooser.setFiles({ name: 'hall.txt', mimeType: 'text/plain', buffer: Buffer.from(cp1252(STORY)) });
    assert.equal(await waitForRead(page, n), 'ready');
    assert.equal(await page.inputValue('#input'), STORY);
    assert.match(await page.textContent('#output .pith-warnings'), /windows-1252/);
  });

  it('announces a read once typing stops, without its timing', async () => {
    await page.fill('#input', '');
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      window.announced = [];
      new MutationObserver(() => window.announced.push(document.getElementById('announce').textContent))
        .observe(document.getElementById('announce'), { childList: true, characterData: true, subtree: true });
    });
    await page.focus('#input');
    const n = await readCount(page);
    for (const word of 'The harbour will close for six weeks from Monday. Engineers will repair the sea wall.'.split(' ')) {
      await page.keyboard.type(`${word} `, { delay: 20 });
      await page.waitForTimeout(300); // past the read's pause: each word is read
    }
    await page.waitForTimeout(2000);
    assert.ok((await readCount(page)) - n > 3, 'the pauses started reads');
    const announced = await page.evaluate(() => window.announced);
    assert.equal(announced.length, 1, JSON.stringify(announced));
    assert.match(announced[0], /words? in \d+ blocks?/);
    assert.doesNotMatch(announced[0], /\bms\b/);
    assert.match(await page.textContent('#status'), /\d+ ms$/); // the timing is still shown
    assert.equal(await page.getAttribute('#status', 'aria-live'), null);
    assert.equal(await page.getAttribute('#announce', 'role'), 'status');
  });

  it('has an h1 before any read, headings named apart, and Restore buttons named by their piece', async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.goto(server.url);
      assert.equal(await fresh.locator('h1').count(), 1); // before the engine has read anything
      await fresh.waitForFunction(() => document.getElementById('output').dataset.state === 'ready', null, { timeout: 20000 });
      const h2 = await fresh.$$eval('h2', (hs) => hs.map((h) => h.textContent.trim()));
      assert.equal(new Set(h2).size, h2.length, JSON.stringify(h2));
      const names = await fresh.$$eval('.pith-restore', (bs) => bs.map((b) => b.getAttribute('aria-label')));
      assert.ok(names.length >= 2);
      assert.equal(new Set(names).size, names.length, JSON.stringify(names));
      const pieces = await fresh.$$eval('.pith-removed-text', (ps) => ps.map((p) => p.textContent));
      names.forEach((name, i) => {
        assert.match(name, /^Restore: ./);
        assert.ok(name.length <= 'Restore: '.length + 41, name);
        const start = name.slice('Restore: '.length).replace(/…$/, '');
        assert.ok(pieces[i].startsWith(start), `${name} / ${pieces[i]}`);
      });
      await fresh.getByRole('button', { name: names[0] }).click(); // the name finds the button
    } finally {
      await fresh.close();
    }
  });

  it('shows the start of a large file, says its size in words and can cancel its read', async () => {
    const article = `${fixture('002_b4b415554566cd52.txt')}\n`;
    const statuses = [];
    await page.exposeFunction('noteStatus', (s) => statuses.push(s));
    await page.evaluate(() => new MutationObserver(() => window.noteStatus(document.getElementById('status').textContent))
      .observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true }));
    const n = await readCount(page);
    // Built in the page: 6 million characters do not cross from the test quickly.
    await page.evaluate((article) => {
      const big = article.repeat(Math.ceil(6100000 / article.length));
      const data = new DataTransfer();
      data.items.add(new File([big], 'big.txt', { type: 'text/plain' }));
      document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, article);
    await page.waitForFunction(() => /^Reading/.test(document.getElementById('status').textContent), null, { timeout: 20000 });
    assert.ok(statuses.some((s) => /^Reading 6\.\d million characters…$/.test(s)), JSON.stringify(statuses));
    // The box holds the file's start only (a textarea of megabytes takes Chromium seconds per layout).
    const shown = await page.inputValue('#input');
    assert.ok(shown.length <= 200000 && shown.length > 150000, String(shown.length));
    assert.ok(article.repeat(100).startsWith(shown.slice(0, article.length * 100)));
    assert.match(await page.textContent('#box-note'), /the whole file is read/);
    assert.equal(await page.isVisible('#cancel'), true);
    await page.click('#cancel');
    assert.equal(await waitForRead(page, n), 'cancelled');
    assert.equal(await page.textContent('#status'), 'Cancelled.');
    assert.equal(await page.isHidden('#cancel'), true);
    // The engine answers again at once.
    assert.equal(await drop('hall.txt', cp1252(STORY)), 'ready');
    assert.equal(await page.isHidden('#box-note'), true);
  });
});

describe('page served without a CSP header', { timeout: 60000 }, () => {
  it('still runs under its own policy (the <meta>)', async () => {
    // A plain static server: no Content-Security-Policy header.
    const plain = http.createServer((req, res) => {
      const file = path.join(WEB, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
      if (!file.startsWith(WEB) || !fs.existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise((resolve) => plain.listen(0, HOST, resolve));
    const browser = await chromium.launch({ executablePath: EXECUTABLE, headless: false, args: ARGS });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`http://${HOST}:${plain.address().port}/`);
      assert.equal(response.headers()['content-security-policy'], undefined);
      await page.waitForFunction(() => document.getElementById('output').dataset.state === 'ready', null, { timeout: 20000 });
      const blocked = await page.evaluate(() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.ran = true';
        document.body.append(s);
        setTimeout(() => resolve(window.ran ? 'ran' : 'nothing'), 1000);
      }));
      assert.match(blocked, /^script-src/);
    } finally {
      await browser.close();
      plain.close();
    }
  });
});
