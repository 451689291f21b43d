// http: pipelined requests on one connection (written at once by a raw socket) are answered in
// order even when later handlers finish first; HTTP/1.0 and Connection: close end the
// connection after their response.
const http = require('http');
const net = require('net');

const delays = { '/slow': 40, '/medium': 10, '/fast': 0 };
const server = http.createServer((req, res) => {
  res.sendDate = false;
  console.log('request', req.method, req.url, req.httpVersion);
  setTimeout(() => res.end(`${req.url} done`), delays[req.url] ?? 0);
});

// Prints what came back (the status lines only when the server's own answer has a Date).
function raw(text, statusLinesOnly = false) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => {
      console.log(JSON.stringify(statusLinesOnly ? received.match(/HTTP\/1\.1 \d+ [^\r]*/g) : received));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await raw('GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /medium HTTP/1.1\r\nHost: a\r\n\r\n'
    + 'GET /fast HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  await raw('GET /fast HTTP/1.0\r\n\r\n');
  await raw('GET /fast HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /medium HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  await raw('POST /fast HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcGET /medium HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  // HTTP/1.1 requires Host.
  await raw('GET /fast HTTP/1.1\r\n\r\n', true);
  server.close();
});
