// express@4 (deep dependency tree): build an app and drive its router with
// app.handle() on fake request/response objects. No socket is opened.
const express = require('express');
const { EventEmitter } = require('events');

function fakeReq(method, url, headers = {}) {
  const req = new EventEmitter();
  Object.assign(req, { method, url, headers: { host: 'example.test', ...headers }, socket: {}, connection: {} });
  return req;
}

function fakeRes(done) {
  const res = new EventEmitter();
  const headers = {};
  Object.assign(res, {
    statusCode: 200,
    headersSent: false,
    setHeader(k, v) { headers[k.toLowerCase()] = v; },
    getHeader(k) { return headers[k.toLowerCase()]; },
    getHeaders() { return { ...headers }; },
    removeHeader(k) { delete headers[k.toLowerCase()]; },
    writeHead(code) { this.statusCode = code; },
    write(chunk) { (this.chunks = this.chunks || []).push(String(chunk)); return true; },
    end(body) {
      if (body !== undefined && typeof body !== 'function') this.write(body);
      this.headersSent = true;
      done({ status: this.statusCode, headers, body: (this.chunks || []).join('') });
    },
  });
  return res;
}

function request(app, method, url, headers) {
  return new Promise((resolve) => {
    const req = fakeReq(method, url, headers);
    const res = fakeRes(resolve);
    app.handle(req, res, (err) => resolve({ fellThrough: true, err: err && err.message }));
  });
}

const app = express();
app.set('etag', 'strong');
app.use((req, res, next) => { res.set('X-Trace', `${req.method} ${req.path}`); next(); });
app.get('/', (req, res) => res.send('home'));
app.get('/users/:id(\\d+)', (req, res) => res.json({ id: Number(req.params.id), q: req.query }));
app.get('/files/*', (req, res) => res.type('txt').send(`file ${req.params[0]}`));
app.post('/echo', (req, res) => res.status(201).send({ got: req.get('content-type') || null, accepts: req.accepts(['json', 'html']) }));
const api = express.Router({ caseSensitive: true });
api.param('name', (req, res, next, name) => { req.upper = name.toUpperCase(); next(); });
api.get('/hello/:name', (req, res) => res.send(`<p>hi ${req.upper}</p>`));
api.route('/items').get((req, res) => res.send('list')).delete((req, res) => res.sendStatus(204));
app.use('/api/v1', api);
app.get('/boom', () => { throw new Error('kaboom'); });
app.get('/redirect', (req, res) => res.redirect(301, '/users/1'));
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

(async () => {
  const cases = [
    ['GET', '/'],
    ['GET', '/users/42?sort=desc&tags[]=a&tags[]=b'],
    ['GET', '/users/abc'],
    ['GET', '/files/a/b/c.txt'],
    ['POST', '/echo', { 'content-type': 'application/json', accept: 'text/html' }],
    ['GET', '/api/v1/hello/world'],
    ['GET', '/API/v1/items'],
    ['DELETE', '/api/v1/items'],
    ['GET', '/boom'],
    ['GET', '/redirect'],
    ['HEAD', '/'],
    ['GET', '/', { 'if-none-match': '"4-6DJJvTunmTLhb7H7UQDa+t6ZVMI"' }],
  ];
  for (const [m, u, h] of cases) console.log(m, u, await request(app, m, u, h));
  console.log(app.get('env'), app.get('x-powered-by'), typeof express.static, typeof express.json);
})();
