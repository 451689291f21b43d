// A TCP server and client on 127.0.0.1: events in order, addresses, data both ways, byte counts.
const net = require('net');

const events = [];
const server = net.createServer((socket) => {
  console.log('server connection:', socket.remoteAddress, socket.remoteFamily, typeof socket.remotePort);
  console.log('server socket local:', socket.localAddress, socket.localPort === server.address().port);
  console.log('server socket readyState:', socket.readyState, 'pending:', socket.pending);
  console.log('server socket server is server:', socket.server === server);
  socket.setEncoding('utf8');
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk;
    socket.write(chunk.toUpperCase());
  });
  socket.on('end', () => {
    console.log('server end, received:', JSON.stringify(text));
    socket.end('bye');
  });
  socket.on('close', (hadError) => {
    console.log('server socket close:', hadError, socket.readyState);
    server.getConnections((error, count) => {
      console.log('connections after close:', error, count);
      server.close(() => console.log('server close callback'));
    });
  });
});
server.on('listening', () => console.log('listening event, listening =', server.listening));
server.on('close', () => console.log('server close event, listening =', server.listening));

console.log('before listen: listening =', server.listening, 'address =', server.address());
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log('address:', address.address, address.family, Number.isInteger(address.port) && address.port > 0);
  const client = new net.Socket();
  console.log('new socket: pending', client.pending, 'readyState', client.readyState, 'connecting', client.connecting);
  client.connect(address.port, '127.0.0.1', () => {
    console.log('client connect callback: readyState', client.readyState, 'connecting', client.connecting);
    console.log('client remote:', client.remoteAddress, client.remotePort === address.port, client.remoteFamily);
    console.log('client address():', client.address().address, client.address().family);
    client.write('hello ');
    client.write(Buffer.from('world'));
    client.end();
    console.log('after end: readyState', client.readyState);
  });
  console.log('connecting:', client.connecting, client.readyState);
  for (const name of ['connect', 'ready', 'end', 'finish']) client.on(name, () => events.push(name));
  const received = [];
  client.on('data', (chunk) => received.push(chunk));
  client.on('close', (hadError) => {
    console.log('client close:', hadError);
    console.log('client events:', events.join(' '));
    console.log('client received:', Buffer.concat(received).toString());
    console.log('bytesRead:', client.bytesRead, 'bytesWritten:', client.bytesWritten);
    console.log('destroyed:', client.destroyed, 'readyState:', client.readyState);
  });
});
