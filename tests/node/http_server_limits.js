// http: a server's limits. maxHeadersCount keeps the first headers, maxRequestsPerSocket closes
// the connection after that many requests ('dropRequest' and 503 beyond), keepAliveTimeout
// closes an idle keep-alive connection, and insecureHTTPParser accepts what the strict parser
// refuses.
const http = require('http');
const net = require('net');

function raw(server, text, label) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => {
      console.log(label, JSON.stringify(received.replace(/Date: [^\r]*\r\n/g, '')));
      resolve();
    });
  });
}

const server = http.createServer((req, res) => {
  res.sendDate = false;
  res.end(`${req.url} headers=${req.rawHeaders.length / 2}`);
});
server.maxHeadersCount = 2;
server.maxRequestsPerSocket = 2;
server.keepAliveTimeout = 50;
server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket instanceof net.Socket));

const lenient = http.createServer({ insecureHTTPParser: true }, (req, res) => {
  res.sendDate = false;
  res.end(`lenient ${JSON.stringify(req.headers['x-odd'])}`);
});

server.listen(0, '127.0.0.1', () => lenient.listen(0, '127.0.0.1', async () => {
  console.log('keepAliveTimeout', server.keepAliveTimeout, 'maxHeadersCount', server.maxHeadersCount);
  await raw(server, 'GET /many HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n', 'maxHeadersCount');
  await raw(server, 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n',
    'maxRequestsPerSocket');
  await raw(server, 'GET /idle HTTP/1.1\r\nHost: a\r\n\r\n', 'keepAliveTimeout');
  const oddHeader = 'GET /odd HTTP/1.1\r\nHost: a\r\nX-Odd: a\x01b\r\nConnection: close\r\n\r\n';
  await raw(server, oddHeader, 'strict');
  await raw(lenient, oddHeader, 'insecureHTTPParser');
  server.close();
  lenient.close();
}));
