// Server modes: listen() with no arguments (dual-stack ::), pauseOnConnect, IPv6 loopback,
// an unref'd server not keeping the process alive, and close() waiting for open connections;
// a socket's addresses before it connects.
const net = require('net');
const s1 = net.createServer({ pauseOnConnect: true }, (sock) => {
  console.log('paused conn', sock.isPaused(), sock.readableFlowing);
  setTimeout(() => { sock.on('data', (d) => { console.log('got after resume', d.toString()); sock.end(); }); sock.resume(); }, 20);
});
s1.listen(() => {
  const a = s1.address();
  console.log('listen() address', a.address, a.family);
  const c = net.connect(a.port);
  console.log('before connect address()', c.address(), c.remoteAddress, c.localPort);
  c.on('connect', () => { c.write('hi'); console.log('localFamily', c.localFamily, c.remoteFamily); });
  c.on('close', () => {
    s1.close(() => {
      const s2 = net.createServer((x) => x.end()).listen(0, '::1', () => {
        console.log('v6', s2.address().address, s2.address().family);
        const d = net.connect({ port: s2.address().port, host: '::1' }, () => console.log('v6 connected', d.remoteAddress, d.remoteFamily));
        d.resume();
        d.on('close', () => {
          s2.close();
          const s3 = net.createServer().listen(0);
          s3.unref();
          console.log('unref server: process should exit');
          const conns = net.createServer((x) => { x.on('data', () => {}); }).listen(0, () => {
            const k = net.connect(conns.address().port, () => {
              conns.close(() => console.log('closed after connection ended'));
              console.log('close called with a connection open; listening', conns.listening);
              setTimeout(() => k.end(), 20);
            });
          });
        });
      });
    });
  });
});
