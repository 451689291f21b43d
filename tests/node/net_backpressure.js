// A large write: write() answers false past the high-water mark, 'drain' follows, the bytes
// arrive whole and in order, and a paused reader stops the flow until it resumes.
const net = require('net');

const size = 8 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = i % 251;

const server = net.createServer((socket) => {
  const chunks = [];
  let received = 0;
  let paused = false;
  socket.on('data', (chunk) => {
    chunks.push(chunk);
    received += chunk.length;
    if (!paused && received > size / 2) {
      paused = true;
      socket.pause();
      console.log('reader paused:', socket.isPaused());
      setTimeout(() => socket.resume(), 20);
    }
  });
  socket.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('received bytes:', all.length, 'equal:', all.equals(payload));
    socket.end(String(all.length));
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const accepted = client.write(payload);
    console.log('write returned:', accepted, 'writableLength > 0:', client.writableLength > 0);
    client.once('drain', () => {
      console.log('drain; writableLength:', client.writableLength, 'bytesWritten:', client.bytesWritten);
      client.end();
    });
  });
  let answer = '';
  client.on('data', (chunk) => { answer += chunk; });
  client.on('close', () => {
    console.log('server counted:', answer);
    server.close();
  });
});
