// http: the chunked encoding on the wire (as a raw socket sees it), trailers both ways
// (addTrailers, rawTrailers, trailers), a chunked request body in pieces, and flushHeaders.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  let body = '';
  req.on('data', (chunk) => (body += `[${chunk}]`));
  req.on('end', () => {
    console.log('server body', body, 'trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    if (req.url === '/trailers') {
      res.setHeader('Trailer', 'X-Checksum');
      res.write('abc');
      res.addTrailers({ 'X-Checksum': 'c0ffee' });
      res.end('def');
    } else if (req.url === '/flush') {
      res.flushHeaders();
      console.log('headersSent after flushHeaders', res.headersSent);
      setTimeout(() => res.end('late'), 10);
    } else {
      res.write('');
      res.write('first');
      res.end(Buffer.from('second'));
    }
  });
});

function raw(text) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => {
      console.log(JSON.stringify(received));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await raw('GET /plain HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  await raw('GET /trailers HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  await raw('POST /upload HTTP/1.1\r\nHost: a\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
    + '3\r\nabc\r\n5;ext=1\r\nhello\r\n0\r\nX-Sum: 8\r\nX-Other: y\r\n\r\n');
  await raw('GET /plain HTTP/1.0\r\n\r\n');
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/trailers', method: 'POST' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log('client', JSON.stringify(body), res.headers['transfer-encoding'], JSON.stringify(res.trailers));
        resolve();
      });
    });
    req.setHeader('Trailer', 'X-Client');
    req.write('part1');
    req.addTrailers([['X-Client', 'yes']]);
    req.end('part2');
  });
  await raw('GET /flush HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  server.close();
});
