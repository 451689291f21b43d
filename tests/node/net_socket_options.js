// Socket and server options and small methods: noDelay/keepAlive, ref/unref, listen(options),
// connect through the lookup option (custom and failing), the lookup event, destroySoon,
// resetAndDestroy, and server[Symbol.asyncDispose].
const net = require('net');
const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, (socket) => {
  socket.on('error', () => {});
  socket.end('hi');
});
console.log(server.listening, server.maxConnections, typeof server.ref(), server.unref() === server);
server.listen({ port: 0, host: '127.0.0.1', backlog: 5 }, async () => {
  console.log('listening though unref:', server.listening);
  server.ref();
  const port = server.address().port;
  const s = net.createConnection({ port, host: 'localhost', family: 4, noDelay: true, keepAlive: true }, () => {
    console.log('connected', s.remoteFamily, s.setNoDelay() === s, s.setNoDelay(false) === s, s.setKeepAlive(true, 1000) === s);
    console.log('ref/unref return socket:', s.unref() === s, s.ref() === s);
  });
  s.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  s.on('data', (d) => console.log('data', d.toString()));
  s.on('end', () => { console.log('end; destroySoon'); s.destroySoon(); });
  s.on('close', async () => {
    console.log('closed', s.destroyed);
    const r = net.connect(port, '127.0.0.1', () => {
      r.resetAndDestroy();
    });
    r.on('close', async (hadError) => {
      console.log('reset socket closed', hadError);
      await server[Symbol.asyncDispose]();
      console.log('disposed; listening', server.listening);
      await server[Symbol.asyncDispose]();
      console.log('disposed twice fine');
      const lk = net.connect({ port, host: 'my-host', lookup: (host, opts, cb) => { console.log('custom lookup', host, opts.family, typeof opts.hints); cb(null, '127.0.0.1', 4); } });
      lk.on('error', (e) => console.log('custom lookup error', e.code));
      lk.on('lookup', (...args) => console.log('lookup event', args));
      const bad = net.connect({ port, host: 'bad.invalid.', lookup: (host, opts, cb) => cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' })) });
      bad.on('error', (e) => console.log('bad lookup error', e.code, e.message, e.host));
    });
  });
});
