// http: closing a server. close() stops listening and closes idle keep-alive connections at
// once; closeAllConnections() ends active ones too; 'connection', 'close' and 'listening'
// events; server.listening and the sockets' ends as the client sees them.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  if (req.url === '/hold') {
    console.log('holding a request');
    server.emit('held', res);
    return;
  }
  res.end('ok');
});
let connections = 0;
server.on('connection', (socket) => {
  connections++;
  socket.on('close', () => console.log('server side socket closed'));
});
server.on('listening', () => console.log('listening', server.listening));
server.on('close', () => console.log('server close event', server.listening));

function get(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('aborted', () => console.log('response aborted'));
    });
    req.on('error', (error) => {
      console.log('request error', error.code);
      resolve(null);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log('status', await get(agent, '/a'));
  console.log('status', await get(agent, '/b'));
  const idleSocket = Object.values(agent.freeSockets)[0][0];
  idleSocket.on('close', () => console.log('client idle socket closed'));
  server.closeIdleConnections();
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('connections so far', connections);

  const held = new Promise((resolve) => server.once('held', resolve));
  const pending = get(agent, '/hold');
  await held;
  server.close(() => console.log('close callback'));
  console.log('listening after close()', server.listening);
  setTimeout(() => {
    console.log('closing all connections');
    server.closeAllConnections();
  }, 20);
  console.log('held request ended with', await pending);
  agent.destroy();
});
