#!/usr/bin/env node
// Tiny static server for web/ (node:http only, no dependencies).
// Run: node scripts/serve.mjs            (PORT env or 8080; a free port if that one is busy)
// Use: import { startServer } from './serve.mjs'; const { url, close } = await startServer({ root, port });
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(HERE, '..', 'web');
export const HOST = '127.0.0.1';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Maps a request URL to a file inside root, or null when it would leave root or is malformed. */
function resolvePath(root, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let file = resolvePath(root, req.url);
    if (file === null) {
      send(res, 400, 'Bad Request\n');
      return;
    }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!new URL(req.url, 'http://localhost').pathname.endsWith('/')) {
          const u = new URL(req.url, 'http://localhost');
          send(res, 301, 'Moved Permanently\n', { Location: u.pathname + '/' + u.search });
          return;
        }
        file = path.join(file, 'index.html');
      }
      fs.realpath(file, (rerr, real) => {
        // Refuse symlinks that lead outside root.
        if (rerr || (real !== root && !real.startsWith(root + path.sep))) {
          send(res, 404, 'Not Found\n');
          return;
        }
        fs.stat(real, (serr, fst) => {
          if (serr || !fst.isFile()) {
            send(res, 404, 'Not Found\n');
            return;
          }
          const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
          res.writeHead(200, {
            'Content-Type': type,
            'Content-Length': fst.size,
            'Content-Security-Policy': CONTENT_SECURITY_POLICY,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-cache',
          });
          if (req.method === 'HEAD') {
            res.end();
            return;
          }
          const stream = fs.createReadStream(real);
          stream.on('error', () => res.destroy());
          stream.pipe(res);
        });
      });
    });
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/**
 * Starts the static server. port 0 picks a free port; a busy fixed port falls back to a free one.
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, port = 0 } = {}) {
  const absRoot = fs.realpathSync(path.resolve(root));
  const server = http.createServer(handler(absRoot));
  try {
    await listen(server, port);
  } catch (err) {
    if (err.code !== 'EADDRINUSE' || port === 0) throw err;
    await listen(server, 0);
  }
  const actual = server.address().port;
  return {
    server,
    port: actual,
    url: `http://${HOST}:${actual}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const requested = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`serve: PORT must be an integer 0-65535 (got ${JSON.stringify(process.env.PORT)})`);
    process.exit(1);
  }
  if (!fs.existsSync(DEFAULT_ROOT)) {
    console.error(`serve: ${DEFAULT_ROOT} does not exist`);
    process.exit(1);
  }
  const { url, port } = await startServer({ root: DEFAULT_ROOT, port: requested });
  if (requested !== 0 && port !== requested) console.log(`Port ${requested} is busy; using ${port}.`);
  console.log(`pith is served from ${path.relative(process.cwd(), DEFAULT_ROOT) || '.'} at ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
