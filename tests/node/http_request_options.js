// http: how a request is described. URL strings and URL objects (with auth, query and port),
// options objects merged over a URL, host versus hostname, setHost, auth, default path and
// method, and what the server sees of each.
const http = require('http');

const server = http.createServer((req, res) => {
  res.sendDate = false;
  const host = (req.headers.host ?? '(none)').replace(/:\d+$/, ':PORT');
  console.log(`  server: ${req.method} ${req.url} host=${host} auth=${req.headers.authorization ?? '-'} x=${req.headers['x-extra'] ?? '-'}`);
  res.end();
});

function run(label, ...args) {
  return new Promise((resolve) => {
    console.log(label);
    const req = http.request(...args, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', (error) => {
      console.log('  error', error.message);
      resolve();
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  await run('url string', `${base}/path/x?y=1&z=2#frag`);
  await run('url object', new URL(`http://user:p%40ss@127.0.0.1:${port}/with-auth`));
  await run('url plus options', `${base}/ignored`, { path: '/override', method: 'PATCH', headers: { 'X-Extra': 'e' } });
  await run('options', { hostname: '127.0.0.1', port, auth: 'a:b' });
  await run('host option', { host: '127.0.0.1', port, path: '/h', method: 'options' });
  await run('setHost false', { host: '127.0.0.1', port, setHost: false, path: '/no-host' });
  await run('explicit host header', { host: '127.0.0.1', port, headers: { host: 'custom.test' } });
  const req = http.request({ host: '127.0.0.1', port, path: '/props', method: 'POST' });
  console.log('props', req.method, req.path, req.host, req.protocol, req.getHeader('host').replace(/\d+$/, 'PORT'),
    req.writableEnded, req.headersSent, typeof req.agent);
  req.destroy();
  req.on('error', () => {});
  server.close();
});
