// http: GET and POST between a server and a client on 127.0.0.1, bodies with Content-Length
// and chunked framing, request properties seen by the server, response properties by the client.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log('server:', req.method, req.url, req.httpVersion, JSON.stringify(body), req.complete);
    console.log('  content-length', req.headers['content-length'], 'transfer-encoding', req.headers['transfer-encoding']);
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ received: body.length }));
    } else if (req.url === '/chunks') {
      res.write('one,');
      res.write(Buffer.from('two,'));
      res.end('three');
    } else {
      res.end(`echo:${body}`);
    }
  });
});

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        console.log('client:', res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(text));
        console.log('  content-length', res.headers['content-length'], 'transfer-encoding',
          res.headers['transfer-encoding'], 'connection', res.headers.connection, 'complete', res.complete);
        resolve();
      });
    });
    req.on('error', reject);
    if (body !== undefined) for (const part of [].concat(body)) req.write(part);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request({ path: '/plain' });
  await request({ method: 'POST', path: '/json', headers: { 'Content-Length': 11 } }, 'hello world');
  await request({ method: 'POST', path: '/chunked-upload' }, ['a', 'b', 'c']);
  await request({ method: 'PUT', path: '/buffer' }, Buffer.from('bytes'));
  await request({ path: '/chunks' });
  await request({ method: 'DELETE', path: '/item?id=3' });
  const req = http.get(`http://127.0.0.1:${server.address().port}/via-url?q=1`, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('get by url:', res.statusCode);
      server.close(() => console.log('server closed'));
    });
  });
  console.log('method', req.method, 'path', req.path, 'host', req.host, 'protocol', req.protocol);
});
