// Reading and writing at positions: pread/pwrite leave the file position alone, null and -1
// use and advance it, reads past the end give 0, bigint positions work.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '0123456789');
const fd = fs.openSync(file, 'r+');
const text = (bytes, count) => String.fromCharCode(...bytes.subarray(0, count));

const buffer = new Uint8Array(4);
let count = fs.readSync(fd, buffer, 0, 4, 6);
console.log('pread at 6:', count, text(buffer, count));
count = fs.readSync(fd, buffer, 0, 4, null);
console.log('then sequential read starts at 0:', count, text(buffer, count));
count = fs.readSync(fd, buffer, 0, 4, -1);
console.log('-1 continues:', count, text(buffer, count));
count = fs.readSync(fd, buffer, 0, 4, 8n);
console.log('bigint position:', count, text(buffer, count));
count = fs.readSync(fd, buffer, 0, 4, 50);
console.log('past the end:', count);
count = fs.readSync(fd, buffer, 0, 4, null);
console.log('sequential continues at 8:', count, text(buffer, count));

console.log('pwrite at 0:', fs.writeSync(fd, 'AB', 0));
console.log('pwrite bytes at 4:', fs.writeSync(fd, new Uint8Array([67, 68]), 0, 2, 4));
console.log('content:', fs.readFileSync(file, 'utf8'));
console.log('write beyond the end:', fs.writeSync(fd, 'Z', 12));
const content = fs.readFileSync(file);
console.log('hole filled with zeros:', content.length, content[10], content[11], String.fromCharCode(content[12]));

// An options object for readSync.
const options = new Uint8Array(3);
console.log('readSync options:', fs.readSync(fd, options, { offset: 1, length: 2, position: 2 }), Array.from(options).join(','));
fs.closeSync(fd);

fs.open(file, 'r', (error, fd) => {
  const target = new Uint8Array(3);
  fs.read(fd, target, 0, 3, 3, (error, bytesRead) => {
    console.log('callback pread:', error, bytesRead, text(target, bytesRead));
    fs.read(fd, { buffer: new Uint8Array(2), position: 0 }, (error, bytesRead, buffer) => {
      console.log('callback read options:', error, bytesRead, text(buffer, bytesRead));
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
