// http: what OutgoingMessage refuses: headers once sent, invalid names and values, write after
// end, bad chunks; validateHeaderName/validateHeaderValue; writes to a HEAD response.
const http = require('http');

for (const [name, value] of [['ok', 'v'], ['bad name', 'v'], ['', 'v'], ['x', undefined], ['x', 'a\rb'], ['x', ['a', 'b']]]) {
  try {
    http.validateHeaderName(name);
    http.validateHeaderValue(name, value);
    console.log('valid', JSON.stringify(name));
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

const server = http.createServer((req, res) => {
  res.sendDate = false;
  const attempts = [
    () => res.setHeader('a b', 1),
    () => res.setHeader('x', undefined),
    () => res.setHeader('x', 'a\nb'),
    () => res.setHeader(),
    () => res.getHeader(5),
    () => res.write(5),
    () => res.write(null),
    () => res.write({}),
  ];
  for (const attempt of attempts) {
    try { attempt(); console.log('no error'); } catch (error) { console.log(error.name, error.code, error.message); }
  }
  if (req.method === 'HEAD') console.log('write on HEAD', res.write('ignored'));
  res.on('error', (error) => console.log('response error event', error.code, error.message));
  res.end('done', () => console.log('end callback', res.writableEnded, res.writableFinished));
  console.log('after end', res.writableEnded, res.finished, res.headersSent);
  for (const attempt of [() => res.setHeader('a', 1), () => res.writeHead(200), () => res.removeHeader('a'),
    () => res.appendHeader('a', 'b')]) {
    try { attempt(); } catch (error) { console.log(error.name, error.code, error.message); }
  }
  console.log('write after end returns', res.write('late', (error) => console.log('write callback', error.code)));
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'HEAD' }, (res) => {
    console.log('client', res.statusCode, res.headers['content-length']);
    res.resume();
    res.on('end', () => setTimeout(() => server.close(), 10));
  });
  req.end();
});
