// fs.openSync/readSync/writeSync/closeSync: buffers and strings, offsets, lengths, positions.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'data.bin');

const fd = fs.openSync(file, 'w+');
console.log('fd is a number:', typeof fd === 'number' && fd > 2);
console.log('write string:', fs.writeSync(fd, 'hello'));
console.log('write string at position:', fs.writeSync(fd, 'J', 0));
console.log('write bytes:', fs.writeSync(fd, new Uint8Array([32, 119, 111, 114, 108, 100])));
console.log('write slice:', fs.writeSync(fd, new Uint8Array([0, 33, 33, 0]), 1, 2));
console.log('write at position:', fs.writeSync(fd, new Uint8Array([63]), 0, 1, 12));
console.log('write multibyte:', fs.writeSync(fd, 'é€'));

const all = new Uint8Array(32);
console.log('read from 0:', fs.readSync(fd, all, 0, 32, 0));
console.log('bytes:', Array.from(all.subarray(0, 18)).join(','));

const part = new Uint8Array(8);
console.log('read into offset:', fs.readSync(fd, part, 2, 4, 1));
console.log('part:', Array.from(part).join(','));
console.log('read at end:', fs.readSync(fd, part, 0, 8, 100));
console.log('read length 0:', fs.readSync(fd, part, 0, 0, 0));
const view = new Uint16Array(2);
console.log('read into Uint16Array:', fs.readSync(fd, view, 0, 4, 0), view.byteLength);
fs.closeSync(fd);

console.log('text:', fs.readFileSync(file, 'utf8'));
console.log('length:', fs.readFileSync(file).length);

// Reading sequentially moves the file position.
const reader = fs.openSync(file, 'r');
const chunk = new Uint8Array(5);
const pieces = [];
let count;
while ((count = fs.readSync(reader, chunk, 0, 5, null)) > 0) pieces.push(count);
console.log('sequential reads:', pieces.join(' '));
fs.closeSync(reader);

// Flags.
const appender = fs.openSync(file, 'a');
fs.writeSync(appender, '+tail');
fs.closeSync(appender);
console.log('after append:', fs.readFileSync(file, 'utf8'));
try {
  fs.openSync(file, 'wx');
} catch (error) {
  console.log('wx on existing:', error.code, error.syscall);
}
const numeric = fs.openSync(file, fs.constants.O_RDONLY);
console.log('numeric flags read:', fs.readSync(numeric, new Uint8Array(3), 0, 3, 0));
fs.closeSync(numeric);
try {
  fs.closeSync(numeric);
} catch (error) {
  console.log('close twice:', error.code, error.syscall, error.message);
}

fs.rmSync(dir, { recursive: true });
console.log('removed:', !fs.existsSync(dir));
