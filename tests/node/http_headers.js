// http: header names and values both ways: case kept in rawHeaders, duplicates combined in
// headers (set-cookie an array, cookie joined with '; ', single-value headers keep the first),
// headersDistinct, and the outgoing header API.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  console.log('rawHeaders', JSON.stringify(req.rawHeaders));
  console.log('headers', JSON.stringify(req.headers));
  console.log('headersDistinct', JSON.stringify(req.headersDistinct));

  res.setHeader('X-Custom', 'one');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('x-custom', 'two');
  res.appendHeader('X-New', 'n');
  res.setHeader('X-Remove', 'r');
  console.log('has', res.hasHeader('x-REMOVE'), res.hasHeader('nope'));
  res.removeHeader('X-Remove');
  console.log('getHeader', JSON.stringify(res.getHeader('X-CUSTOM')), res.getHeader('missing'));
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  console.log('getHeaders', JSON.stringify(res.getHeaders()));
  console.log('headersSent before', res.headersSent);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'x-number': 42 });
  console.log('headersSent after', res.headersSent);
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port,
    host: '127.0.0.1',
    headers: [
      'X-Mixed-Case', 'A', 'x-mixed-case', 'B', 'Cookie', 'c=1', 'cookie', 'd=2', 'Set-Cookie', 's1',
      'set-cookie', 's2', 'Content-Type', 'text/a', 'content-type', 'text/b', 'Host', 'example.test',
    ],
  }, (res) => {
    console.log('response rawHeaders', JSON.stringify(res.rawHeaders));
    console.log('response headers', JSON.stringify(res.headers));
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
});
