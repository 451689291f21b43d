// net's errors: argument checks thrown at once, and system errors from the loop (connection
// refused, address in use, server not running, writes after the other side ended).
const net = require('net');

function attempt(label, action) {
  try {
    action();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('connect():', () => net.connect());
attempt('connect({}):', () => net.connect({}));
attempt('port 70000:', () => net.connect(70000));
attempt('port -1:', () => net.connect({ port: -1 }));
attempt('port true:', () => net.connect({ port: true }));
attempt('bad localAddress:', () => net.connect({ port: 80, localAddress: 'nope' }));
attempt('listen({}):', () => net.createServer().listen({}));
attempt('listen port 1e6:', () => net.createServer().listen(1e6));
attempt('createServer(1):', () => net.createServer(1));
attempt('setTimeout(-1):', () => new net.Socket().setTimeout(-1));
attempt('setTimeout("1"):', () => new net.Socket().setTimeout('1'));

function describe(error) {
  return [error.message, error.code, error.errno, error.syscall, error.address, error.port].join(' | ');
}

const server = net.createServer((socket) => socket.end());
attempt('close before listen:', () => server.close((error) => console.log('close callback:', error.code, error.message)));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  attempt('listen twice:', () => server.listen(0));
  const clash = net.createServer();
  clash.listen(port, '127.0.0.1');
  clash.on('error', (error) => {
    console.log('EADDRINUSE:', describe(error).replaceAll(String(port), 'PORT'));
    const client = net.connect(port, '127.0.0.1');
    client.on('end', () => {
      // The other side ended; without allowHalfOpen our side ends too, and writes fail.
      setImmediate(() => {
        client.write('late', (error) => console.log('write after end callback:', error.code, error.message));
      });
    });
    client.on('error', (error) => console.log('client error event:', error.code));
    client.on('close', (hadError) => {
      console.log('client close, hadError:', hadError);
      server.close();
      refused();
    });
    client.resume();
  });
});

function refused() {
  // Port 1 on the loopback address is closed.
  const socket = net.connect(1, '127.0.0.1');
  socket.on('error', (error) => {
    console.log('refused:', describe(error));
    console.log('destroyed:', socket.destroyed, 'readyState:', socket.readyState);
  });
  socket.on('close', (hadError) => console.log('refused close, hadError:', hadError));
}
