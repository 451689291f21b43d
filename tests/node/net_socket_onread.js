// The onread option: reads land in the given buffer (or one a function returns each time), at
// most its length at a time, through the callback instead of 'data'; the callback returning
// false stops reading until resume(). Only facts that do not depend on how the kernel splits
// the bytes are printed.
const net = require('net');

const payload = '0123456789abcdefghij';
const server = net.createServer((socket) => socket.end(payload));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const buffer = Buffer.alloc(4);
  const sizes = [];
  let text = '';
  let stopped = false;
  const socket = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer,
      callback(nread, target) {
        sizes.push(nread);
        text += target.toString('latin1', 0, nread);
        if (target !== buffer) console.log('a different buffer');
        if (!stopped && text.length >= 8) {
          stopped = true;
          const stoppedAt = text.length;
          console.log('stopping; isPaused', socket.isPaused());
          setTimeout(() => {
            console.log('resuming; nothing arrived meanwhile:', text.length === stoppedAt);
            socket.resume();
          }, 30);
          return false;
        }
      },
    },
  });
  socket.on('data', () => console.log('unexpected data event'));
  socket.on('end', () => {
    console.log('received:', text, 'every read <= 4 bytes:', sizes.every((size) => size <= 4), 'bytesRead', socket.bytesRead);
    withFunction(port);
  });
});

function withFunction(port) {
  let calls = 0;
  let total = 0;
  const lengths = [];
  const socket = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: () => Buffer.alloc(++calls * 3),
      callback(nread, target) {
        lengths.push(nread <= target.length);
        total += nread;
      },
    },
  });
  socket.on('end', () => {
    console.log('function buffers: total', total, 'each read fits its buffer:', lengths.every(Boolean));
    server.close(() => console.log('done'));
  });
}
