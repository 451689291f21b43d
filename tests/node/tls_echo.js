// tls: an echo server and clients with the fixture's self-signed certificate. Data both ways,
// half-close, ALPN and SNI, the protocol and cipher, and what the server sees of the client.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'fixtures/tls/key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures/tls/cert.pem'));

const server = tls.createServer({ key, cert, ALPNProtocols: ['echo/2', 'echo/1'] }, (socket) => {
  console.log('server: secure', socket.encrypted, 'authorized', socket.authorized, socket.authorizationError,
    'alpn', socket.alpnProtocol, 'servername', socket.servername, 'protocol', socket.getProtocol());
  let first = true;
  socket.on('data', (data) => {
    socket.write(first ? `echo:${data}` : data);
    first = false;
  });
  socket.on('end', () => {
    console.log('server: client ended');
    socket.end('bye');
  });
});

function client(options, messages) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, ...options }, () => {
      console.log('client: secureConnect authorized', socket.authorized, 'alpn', socket.alpnProtocol,
        'protocol', socket.getProtocol(), 'cipher', socket.getCipher().name);
      for (const message of messages) socket.write(message);
      setTimeout(() => socket.end(), 20);
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (data) => (received += data));
    socket.on('end', () => console.log('client: received', JSON.stringify(received)));
    socket.on('close', (hadError) => {
      console.log('client: close', hadError);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await client({ servername: 'localhost' }, ['hello']);
  await client({ servername: 'localhost', ALPNProtocols: ['echo/1'] }, ['ab']);
  await client({ servername: 'localhost', ALPNProtocols: ['other', 'echo/2'] }, [Buffer.from('bytes')]);
  await client({ rejectUnauthorized: false }, ['no alpn']);
  // No protocol in common: the server refuses the handshake.
  await new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: cert, ALPNProtocols: ['none'] });
    socket.on('error', (error) => console.log('client: alpn mismatch', error.code, error.reason));
    socket.on('close', resolve);
  });
  const big = 'z'.repeat(100000);
  await new Promise((resolve) => {
    const socket = tls.connect(server.address().port, '127.0.0.1', { ca: cert, servername: 'localhost' }, () => socket.end(big));
    let length = 0;
    socket.on('data', (data) => (length += data.length));
    socket.on('close', () => {
      console.log('big echo length', length, length >= big.length);
      resolve();
    });
  });
  server.close(() => console.log('server closed'));
});
