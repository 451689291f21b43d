// allowHalfOpen: a socket whose peer ended can keep writing when allowHalfOpen is true, and
// ends its own side at once when it is false (the default). Each side's events are printed
// once both sides have closed (their interleaving depends on the scheduler).
const net = require('net');

function run(allowHalfOpen, done) {
  const serverLog = [];
  const clientLog = [];
  let closed = 0;
  const onClosed = () => {
    if (++closed < 3) return;
    console.log(`allowHalfOpen ${allowHalfOpen}:`);
    console.log('  server:', serverLog.join('; '));
    console.log('  client:', clientLog.join('; '));
    done();
  };
  const server = net.createServer({ allowHalfOpen }, (socket) => {
    serverLog.push(`allowHalfOpen ${socket.allowHalfOpen}`);
    socket.resume();
    socket.on('end', () => {
      serverLog.push(`end (writable ${socket.writable}, readyState ${socket.readyState})`);
      if (socket.writable) {
        setImmediate(() => {
          socket.write('still here');
          socket.end(' and done');
        });
      }
    });
    socket.on('finish', () => serverLog.push('finish'));
    socket.on('close', () => {
      serverLog.push('close');
      onClosed();
      server.close(onClosed);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    clientLog.push(`allowHalfOpen ${client.allowHalfOpen}`);
    client.on('connect', () => {
      client.end('request');
      clientLog.push(`ended (readyState ${client.readyState})`);
    });
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => { reply += chunk; });
    client.on('end', () => clientLog.push(`end, reply ${JSON.stringify(reply)}`));
    client.on('close', () => {
      clientLog.push(`close (readyState ${client.readyState})`);
      onClosed();
    });
  });
}

run(true, () => run(false, () => console.log('done')));
