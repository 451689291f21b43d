// https: a server with the fixture's self-signed certificate and clients that accept it with
// rejectUnauthorized false, trust it with `ca`, or refuse it; keep-alive through an https.Agent,
// POST bodies, and the agent's connection names.
const https = require('https');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'fixtures/tls/key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures/tls/cert.pem'));

const server = https.createServer({ key, cert }, (req, res) => {
  res.sendDate = false;
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    console.log('server:', req.method, req.url, 'encrypted', req.socket.encrypted, 'body', JSON.stringify(body));
    res.setHeader('Content-Type', 'text/plain');
    res.end(`secure ${req.url}`);
  });
});

function request(options, body) {
  return new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        console.log('client:', res.statusCode, JSON.stringify(text), res.headers['content-type'], 'reused', req.reusedSocket);
        resolve();
      });
    });
    req.on('error', (error) => {
      console.log('client error:', error.code, error.message);
      resolve();
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request({ path: '/insecure', rejectUnauthorized: false });
  await request({ path: '/trusted', ca: cert });
  await request({ path: '/by-name', ca: cert, servername: 'localhost' });
  await request({ path: '/untrusted' });
  await request({ path: '/wrong-name', ca: cert, servername: 'example.test' });
  const agent = new https.Agent({ keepAlive: true, ca: cert });
  console.log('agent', agent.defaultPort, agent.protocol, agent.getName({ host: 'h', port: 1, servername: 'h', rejectUnauthorized: false }));
  for (const item of ['/one', '/two', '/three']) await request({ path: item, agent, method: 'POST' }, `data${item}`);
  agent.destroy();
  console.log('globalAgent', https.globalAgent.defaultPort, https.globalAgent.keepAlive);
  https.globalAgent.destroy();
  try {
    https.request({ host: '127.0.0.1', protocol: 'http:' });
  } catch (error) {
    console.log(error.code, error.message);
  }
  server.close(() => console.log('server closed'));
});
