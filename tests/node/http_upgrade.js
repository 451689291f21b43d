// http: protocol upgrades and CONNECT. The server's 'upgrade' and 'connect' listeners get the
// socket and the bytes after the request head; the client's get the response, the socket and
// the bytes after the response head. Without an 'upgrade' listener the request is an ordinary
// one.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  res.end(`ordinary ${req.url} upgrade=${req.upgrade}`);
});

function onUpgrade(req, socket, head) {
  console.log('server upgrade', req.url, req.headers.upgrade, 'head', JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (data) => socket.end(`echo:${data}`));
}

server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, 'head', JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes');
});

function upgrade(path) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path,
      headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, 'head', JSON.stringify(head.toString()));
      let text = '';
      socket.on('data', (data) => (text += data));
      socket.on('end', () => {
        console.log('client got', JSON.stringify(text));
        resolve();
      });
      socket.write('ping');
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log('client response', res.statusCode, JSON.stringify(body));
        resolve();
      });
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await upgrade('/no-listener');
  server.on('upgrade', onUpgrade);
  await upgrade('/with-listener');

  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'CONNECT', path: 'example.test:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, 'head', JSON.stringify(head.toString()));
      socket.resume();
      socket.on('close', resolve);
    });
    req.end();
  });
  server.close();
});
