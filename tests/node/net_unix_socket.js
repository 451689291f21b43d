// A server and client over a UNIX domain socket in a temporary directory: listen(path),
// address(), data both ways, connecting to a missing path, listening twice on one path, and
// readableAll/writableAll.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const socketPath = path.join(directory, 'server.sock');

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log('connection: remoteAddress', socket.remoteAddress, 'localAddress', socket.localAddress);
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', () => {
    const text = Buffer.concat(chunks).toString();
    console.log('server received:', text);
    socket.end(text.split('').reverse().join(''));
  });
});

server.listen(socketPath, () => {
  console.log('address is the path:', server.address() === socketPath);
  console.log('socket file exists:', fs.statSync(socketPath).isSocket());
  const second = net.createServer();
  second.on('error', (error) => {
    console.log('second listen:', error.code, error.syscall, error.message === `listen EADDRINUSE: address already in use ${socketPath}`);
    connectClient();
  });
  second.listen(socketPath);
});

function connectClient() {
  const client = net.connect(socketPath);
  client.on('connect', () => {
    console.log('client connected; remoteAddress', client.remoteAddress, 'readyState', client.readyState);
    client.end('stressed');
  });
  let reply = '';
  client.setEncoding('latin1');
  client.on('data', (chunk) => { reply += chunk; });
  client.on('close', () => {
    console.log('client reply:', reply);
    const missing = net.connect({ path: path.join(directory, 'missing.sock') });
    missing.on('error', (error) => {
      console.log('missing path:', error.code, error.syscall, error.errno, error.address === path.join(directory, 'missing.sock'));
      server.close(() => {
        console.log('server closed; socket file removed:', !fs.existsSync(socketPath));
        const open = net.createServer().listen({ path: socketPath, readableAll: true, writableAll: true }, () => {
          console.log('readableAll + writableAll mode:', (fs.statSync(socketPath).mode & 0o777).toString(8));
          open.close(() => fs.rmSync(directory, { recursive: true, force: true }));
        });
      });
    });
  });
}
