// http: responses without a body: to HEAD (the body written is dropped, Content-Length kept when
// set), 204 and 304 (no framing headers), and a 1xx-free 205; the client reads none.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  switch (req.url) {
    case '/head-length':
      res.setHeader('Content-Length', 5);
      res.end('hello');
      break;
    case '/head-chunked':
      res.write('dropped');
      res.end();
      break;
    case '/204':
      res.writeHead(204, { 'X-Reason': 'empty' });
      res.end();
      break;
    case '/304':
      res.statusCode = 304;
      res.end();
      break;
    default:
      res.end('body');
  }
});

const cases = [['HEAD', '/head-length'], ['HEAD', '/head-chunked'], ['HEAD', '/'], ['GET', '/204'], ['GET', '/304'],
  ['GET', '/']];

function next() {
  const item = cases.shift();
  if (!item) {
    server.close();
    return;
  }
  const [method, path] = item;
  const req = http.request({ method, path, host: '127.0.0.1', port: server.address().port }, (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => {
      const headers = { ...res.headers };
      delete headers['keep-alive'];
      console.log(method, path, res.statusCode, JSON.stringify(headers), JSON.stringify(body));
      next();
    });
  });
  req.end();
}

server.listen(0, '127.0.0.1', next);
