// http: client failures. Refused connections, a server that closes without answering ('socket
// hang up'), a response cut short ('aborted'), destroy and abort before and after the socket,
// AbortSignal, and options the client rejects synchronously.
const http = require('http');
const net = require('net');

function attempt(label, options, prepare) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', ...options }, (res) => {
      console.log(label, 'response', res.statusCode);
      res.on('aborted', () => console.log(label, 'response aborted'));
      res.on('error', (error) => console.log(label, 'response error', error.code, error.message));
      res.on('close', () => console.log(label, 'response close', res.complete));
      res.resume();
    });
    req.on('error', (error) => console.log(label, 'error', error.name, error.code, error.message.replace(/:\d+$/, ':PORT')));
    req.on('abort', () => console.log(label, 'abort event'));
    req.on('close', () => {
      console.log(label, 'close');
      resolve();
    });
    prepare?.(req);
  });
}

const rude = net.createServer((socket) => {
  socket.once('data', (data) => {
    if (data.includes('/partial')) socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this');
    else socket.end();
  });
});

rude.listen(0, '127.0.0.1', async () => {
  const port = rude.address().port;
  await attempt('hang up', { port });
  await attempt('partial', { port, path: '/partial' });
  await attempt('destroy before socket', { port }, (req) => req.destroy());
  await attempt('destroy with error', { port }, (req) => req.destroy(new Error('custom')));
  await attempt('abort', { port }, (req) => req.abort());
  const controller = new AbortController();
  await attempt('signal', { port, signal: controller.signal }, () => controller.abort());
  await attempt('aborted signal', { port, signal: AbortSignal.abort() });
  rude.close();

  const free = net.createServer();
  free.listen(0, '127.0.0.1', async () => {
    const closedPort = free.address().port;
    free.close(async () => {
      await attempt('refused', { port: closedPort });
      for (const options of [{ method: 'BAD METHOD' }, { path: '/a b' }, { protocol: 'https:' }, { agent: 'no' },
        { headers: { 'bad name': 1 } }, { headers: { ok: 'bad\nvalue' } }, { timeout: -1 }, { host: 5 }]) {
        try {
          http.request({ port: closedPort, ...options });
        } catch (error) {
          console.log(JSON.stringify(options), error.name, error.code, error.message);
        }
      }
    });
  });
});
