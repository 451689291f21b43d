// http: Expect: 100-continue. With a 'checkContinue' listener the server decides (writeContinue
// or a final response); without one it answers 100 by itself. The client sees 'continue' and
// 'information'. Other expectations get 417 unless 'checkExpectation' listens.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => res.end(`got ${body}`));
});

function send(path, expect, onReady) {
  return new Promise((resolve) => {
    const req = http.request({ method: 'POST', path, host: '127.0.0.1', port: server.address().port,
      headers: { Expect: expect, 'Content-Type': 'text/plain' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log(path, 'response', res.statusCode, JSON.stringify(body));
        resolve();
      });
    });
    req.on('information', (info) => console.log(path, 'information', info.statusCode, info.statusMessage, info.httpVersion));
    req.on('continue', () => {
      console.log(path, 'continue');
      req.end('payload');
    });
    onReady?.(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await send('/auto', '100-continue');

  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url, req.headers.expect);
    if (req.url === '/refuse') {
      res.sendDate = false;
      res.writeHead(403);
      res.end('no');
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  await send('/accept', '100-continue');
  await send('/refuse', '100-continue', (req) => setTimeout(() => req.end(), 50));

  await send('/other', 'something-else', (req) => req.end());
  server.on('checkExpectation', (req, res) => {
    console.log('checkExpectation', req.headers.expect);
    res.sendDate = false;
    res.writeHead(200);
    res.end('expected');
  });
  await send('/other', 'something-else', (req) => req.end());
  server.close();
});
