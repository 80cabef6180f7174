// A tiny static server for one package folder on 127.0.0.1, mounted under /<mount>/ so that any
// request outside the package is easy to tell (and answered 404).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.vtt': 'text/vtt; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.webp': 'image/webp', '.webm': 'video/webm', '.mp4': 'video/mp4',
  '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.woff2': 'font/woff2',
};

// handle(req, res, url): answers requests outside the package (e.g. an LMS's return page) and
// returns true, or returns false to leave the request to the package.
function serve(root, mount = 'course', {handle = null} = {}) {
  const prefix = '/' + mount + '/';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (handle && handle(req, res, url)) return;
    const rel = decodeURIComponent(url.pathname);
    const file = rel.startsWith(prefix) ? path.join(root, rel.slice(prefix.length) || 'index.html') : null;
    if (!file || !file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) ||
        !fs.statSync(file).isFile()) {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
      return;
    }
    const size = fs.statSync(file).size;
    const headers = {'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store'};
    // Media elements ask for byte ranges; answer them so that seeking and durations work.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
    if (range && size > 0) {
      const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.writeHead(206, {...headers, 'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1});
      fs.createReadStream(file, {start, end}).pipe(res);
      return;
    }
    res.writeHead(200, {...headers, 'Content-Length': size});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({origin, url: origin + prefix, close: () => new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      })});
    });
  });
}

// A server that answers every request with an empty 204 and remembers its path: a payload that
// manages to run (or to load anything) calls it, so `hits` proves what happened.
function recorder() {
  const hits = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(204, {'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store'});
    res.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({origin, url: origin + '/hit/', hits, close: () => new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      })});
    });
  });
}

module.exports = {serve, recorder, TYPES};
