// http: an Agent with keepAlive reuses one socket for requests in sequence; maxSockets makes
// requests wait for a free socket; without keepAlive each request has its own connection.
const http = require('http');

const remotePorts = new Set();
let connections = 0;
const server = http.createServer((req, res) => {
  remotePorts.add(req.socket.remotePort);
  res.sendDate = false;
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', () => connections++);

function get(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log(path, JSON.stringify(body), 'reused', req.reusedSocket, 'shouldKeepAlive', req.shouldKeepAlive);
        resolve();
      });
    });
  });
}

function counts(agent) {
  const count = (sets) => Object.values(sets).reduce((sum, list) => sum + list.length, 0);
  return `sockets ${count(agent.sockets)} free ${count(agent.freeSockets)} requests ${count(agent.requests)}`;
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log('keepAlive', agent.keepAlive, 'maxSockets', agent.maxSockets, 'maxFreeSockets', agent.maxFreeSockets);
  for (const path of ['/a', '/b', '/c']) await get(agent, path);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after sequence:', counts(agent), 'connections', connections);
  console.log('name', agent.getName({ host: '127.0.0.1', port: 80 }), agent.getName({}));
  agent.destroy();

  const limited = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const parallel = ['/p1', '/p2', '/p3'].map((path) => get(limited, path));
  console.log('while queued:', counts(limited));
  await Promise.all(parallel);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after parallel:', counts(limited), 'connections', connections);
  limited.destroy();

  const closing = new http.Agent({ keepAlive: false, maxSockets: 2 });
  await get(closing, '/x');
  await get(closing, '/y');
  console.log('total connections', connections, 'distinct client ports', remotePorts.size);
  server.close(() => console.log('closed'));
});
