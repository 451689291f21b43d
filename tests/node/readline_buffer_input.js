// readline over a byte stream: Buffers decoded as UTF-8, multi-byte characters split across
// chunks, and keypress events from Buffers.
const readline = require('readline');
const { PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (line) => log('line', JSON.stringify(line), line.length));
rl.on('close', () => {
  log('close');
  keys();
});
const bytes = Buffer.from('héllo\r\nwörld 日本\nlast');
input.write(bytes.subarray(0, 2)); // splits the é
input.write(bytes.subarray(2, 16));
input.write(bytes.subarray(16));
input.end();

function keys() {
  const k = new PassThrough();
  readline.emitKeypressEvents(k);
  k.on('keypress', (s, key) => log('key', JSON.stringify(s), key.name, key.ctrl, key.shift));
  k.write(Buffer.from('aB\x1b[A\x03'));
  k.write(Buffer.from('€'));
}
