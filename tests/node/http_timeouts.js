// http: timeouts. A client request's setTimeout and `timeout` option ('timeout' event, then the
// request destroyed by the listener), a server's setTimeout on idle sockets, and a server's
// headersTimeout answering 408 to a request whose headers never end.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  if (req.url === '/never') return; // no response: the client times out
  res.end('ok');
});

function timedRequest(options, viaMethod) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/never', ...options });
    if (viaMethod) req.setTimeout(30, () => console.log('setTimeout callback'));
    req.on('timeout', () => {
      console.log('client timeout event, destroying');
      req.destroy();
    });
    req.on('error', (error) => console.log('client error', error.code, error.message));
    req.on('close', () => {
      console.log('client close', req.destroyed);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await timedRequest({}, true);
  await timedRequest({ timeout: 30 }, false);

  server.setTimeout(30, (socket) => {
    console.log('server timeout, destroying socket');
    socket.destroy();
  });
  await new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1');
    socket.on('close', () => {
      console.log('idle socket closed');
      resolve();
    });
  });
  server.setTimeout(0);
  server.removeAllListeners('timeout');
  server.close();

  const strict = http.createServer({ headersTimeout: 60, requestTimeout: 100, connectionsCheckingInterval: 20 }, () => {});
  console.log('timeouts', strict.headersTimeout, strict.requestTimeout, strict.keepAliveTimeout, strict.timeout);
  strict.listen(0, '127.0.0.1', () => {
    const socket = net.connect(strict.address().port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: a\r\n'));
    let received = '';
    socket.on('data', (data) => (received += data));
    socket.on('close', () => {
      console.log('slow headers got', JSON.stringify(received));
      strict.close();
    });
  });
});
