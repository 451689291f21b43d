// readv/writev in sync, callback and FileHandle forms: buffers in order, positions, short reads.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
const fd = fs.openSync(file, 'w+');

console.log('writevSync:', fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.from('')]));
console.log('writevSync at 1:', fs.writevSync(fd, [Buffer.from('XY')], 1));
console.log('content:', fs.readFileSync(file, 'utf8'));
const parts = [Buffer.alloc(2), Buffer.alloc(2), Buffer.alloc(4)];
console.log('readvSync from 0:', fs.readvSync(fd, parts, 0), parts.map(String));
const more = [Buffer.alloc(3)];
console.log('readvSync from 4:', fs.readvSync(fd, more, 4), String(more[0]));
try {
  fs.writevSync(fd, 'not buffers');
} catch (error) {
  console.log('bad buffers:', error.code, error.message);
}

fs.writev(fd, [Buffer.from('123'), Buffer.from('45')], 0, (error, written, buffers) => {
  console.log('callback writev:', error, written, buffers.length);
  const targets = [Buffer.alloc(1), Buffer.alloc(10)];
  fs.readv(fd, targets, 0, (error, bytesRead, buffers) => {
    console.log('callback readv:', error, bytesRead, buffers === targets, buffers.map(String));
    fs.closeSync(fd);
    handles();
  });
});

async function handles() {
  const handle = await fsp.open(file, 'r+');
  const written = await handle.writev([Buffer.from('hello'), Buffer.from(' ')], 0);
  console.log('FileHandle writev:', written.bytesWritten, written.buffers.length);
  const read = await handle.readv([Buffer.alloc(5), Buffer.alloc(1)], 0);
  console.log('FileHandle readv:', read.bytesRead, read.buffers.map(String));
  await handle.close();
  fs.rmSync(dir, { recursive: true });
}
