// http: how a response's length is framed on the wire: Content-Length from end(data) or set by
// hand, chunked otherwise, removed framing headers (the body then ends with the connection),
// strictContentLength's mismatch errors, and trailer validation.
const http = require('http');
const net = require('net');

const handlers = {
  '/end-data': (res) => res.end('four'),
  '/utf8': (res) => res.end('héllo'),
  '/manual': (res) => { res.setHeader('Content-Length', 6); res.write('abc'); res.end('def'); },
  '/no-content-length': (res) => { res.removeHeader('Content-Length'); res.end('xyz'); },
  '/no-chunked': (res) => { res.removeHeader('Transfer-Encoding'); res.write('a'); res.end('b'); },
  '/no-connection': (res) => { res.removeHeader('Connection'); res.end('c'); },
  '/strict': (res) => {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 3);
    res.write('ab');
    try { res.write('cd'); } catch (error) { console.log('  write:', error.code, error.message); }
    try { res.end('efg'); } catch (error) { console.log('  end:', error.code, error.message); }
    res.end('c');
  },
  '/trailers': (res) => {
    for (const trailers of [{ 'bad name': 1 }, { ok: 'a\nb' }, [['X-Pair', 'v']]]) {
      try { res.addTrailers(trailers); console.log('  trailers accepted'); } catch (error) { console.log('  trailers:', error.code, error.message); }
    }
    res.end();
  },
};

const server = http.createServer((req, res) => {
  res.sendDate = false;
  console.log(req.url);
  handlers[req.url](res);
});

function raw(path) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => {
      console.log('  ', JSON.stringify(received));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(handlers)) await raw(path);
  server.close();
});
