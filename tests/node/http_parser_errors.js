// http: requests the parser rejects. Without a 'clientError' listener the server answers 400
// (431 for headers over maxHeaderSize) and closes; with one, the listener gets the parse error
// (code HPE_*, reason, bytesParsed, rawPacket) and the socket.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  res.end('fine');
});

function raw(text) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', (error) => console.log('socket error', error.code));
    socket.on('close', () => {
      console.log(JSON.stringify(text.slice(0, 40)), '->', JSON.stringify(received));
      resolve();
    });
  });
}

const bad = [
  'GETT / HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET / HTTP/9.1\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nBad(Header: x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(17000)}\r\n\r\n`,
];

server.listen(0, '127.0.0.1', async () => {
  for (const text of bad) await raw(text);
  await raw('GET /ok HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');

  server.on('clientError', (error, socket) => {
    console.log('clientError', error.code, JSON.stringify(error.reason), error.message, error.bytesParsed,
      Buffer.isBuffer(error.rawPacket));
    socket.end('HTTP/1.1 418 Custom\r\nConnection: close\r\n\r\n');
  });
  for (const text of bad.slice(0, 3)) await raw(text);

  const small = http.createServer({ maxHeaderSize: 64 }, (req, res) => res.end());
  small.listen(0, '127.0.0.1', () => {
    const socket = net.connect(small.address().port, '127.0.0.1', () =>
      socket.write(`GET / HTTP/1.1\r\nHost: a\r\nX-Long: ${'y'.repeat(100)}\r\n\r\n`));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => {
      console.log('maxHeaderSize 64 ->', JSON.stringify(received));
      small.close();
      server.close();
    });
  });
});
