// Socket idle timeouts: setTimeout(ms, cb) fires 'timeout' after inactivity (without closing),
// activity pushes it back, setTimeout(0) turns it off, and net.connect's timeout option.
const net = require('net');

const server = net.createServer((socket) => {
  socket.on('data', () => {});
  socket.on('error', () => {});
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = net.connect(port, '127.0.0.1');
  const returned = socket.setTimeout(30, () => {
    console.log('timeout callback; destroyed:', socket.destroyed, 'timeout property:', socket.timeout);
    socket.setTimeout(0);
    console.log('after setTimeout(0):', socket.timeout, 'listeners:', socket.listenerCount('timeout'));
    socket.destroy();
  });
  console.log('setTimeout returns the socket:', returned === socket);
  socket.on('timeout', () => console.log('timeout event'));
  socket.on('close', () => withOption(port));
});

// The option arms the timer before the connection is made; writes keep it from firing
// while they continue.
function withOption(port) {
  const socket = net.connect({ port, host: '127.0.0.1', timeout: 40 });
  console.log('timeout option:', socket.timeout);
  let writes = 0;
  const timer = setInterval(() => {
    writes++;
    socket.write('x');
    if (writes === 5) clearInterval(timer);
  }, 10);
  socket.on('timeout', () => {
    console.log('timeout after writes:', writes === 5);
    socket.end();
    server.close(() => console.log('server closed'));
  });
}
