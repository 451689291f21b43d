// Many clients at once: each gets its own echo, the server counts connections, and
// maxConnections refuses the ones beyond it (the 'drop' event).
const net = require('net');

const kClients = 40;
const server = net.createServer((socket) => {
  socket.pipe(socket);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const replies = [];
  let finished = 0;
  for (let i = 0; i < kClients; i++) {
    const client = net.connect(port, '127.0.0.1', () => client.end(`client ${i}`));
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => { reply += chunk; });
    client.on('close', () => {
      replies[i] = reply;
      if (++finished === kClients) report();
    });
  }
  function report() {
    const correct = replies.filter((reply, i) => reply === `client ${i}`).length;
    console.log('replies correct:', correct, 'of', kClients);
    server.getConnections((error, count) => {
      console.log('connections left:', count);
      limit();
    });
  }
});

function limit() {
  server.maxConnections = 1;
  const drops = [];
  server.on('drop', (data) => drops.push(`${data.localAddress} ${data.remoteAddress} ${data.remoteFamily}`));
  const { port } = server.address();
  const first = net.connect(port, '127.0.0.1', () => {
    first.write('a');
    first.once('data', () => {
      const second = net.connect(port, '127.0.0.1');
      second.on('error', () => {});
      second.on('close', () => {
        console.log('second closed by the server; drops:', drops);
        first.end();
        first.on('close', () => server.close(() => console.log('server closed')));
      });
      second.resume();
    });
  });
  first.resume();
}
