// readFile/writeFile/appendFile/write with encodings and Buffers; names as Buffers.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const file = path.join(dir, 'text');

fs.writeFileSync(file, 'héllo wörld');
const buffer = fs.readFileSync(file);
console.log('Buffer:', Buffer.isBuffer(buffer), buffer.length, buffer);
for (const encoding of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le'])
  console.log(encoding, JSON.stringify(fs.readFileSync(file, encoding)));
console.log('options object:', fs.readFileSync(file, { encoding: 'hex', flag: 'r' }));

fs.writeFileSync(file, '68656c6c6f', 'hex');
console.log('written as hex:', fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
console.log('written as base64:', fs.readFileSync(file, 'utf8'));
fs.appendFileSync(file, Buffer.from([33, 33]));
console.log('appended Buffer:', fs.readFileSync(file, 'utf8'));
fs.appendFileSync(file, 'e9', 'hex');
console.log('appended hex as latin1:', fs.readFileSync(file, 'latin1'));
fs.writeFileSync(file, new Uint16Array([0x4241, 0x4443]));
console.log('typed array:', fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, new DataView(new Uint8Array([120, 121]).buffer));
console.log('DataView:', fs.readFileSync(file, 'utf8'));

const fd = fs.openSync(file, 'w+');
console.log('write string with encoding:', fs.writeSync(fd, 'ffee', 0, 'hex'));
console.log('write utf16le:', fs.writeSync(fd, 'ab', null, 'utf16le'));
fs.closeSync(fd);
console.log('bytes:', fs.readFileSync(file));

console.log('readdir buffer:', fs.readdirSync(dir, { encoding: 'buffer' }).map((name) => Buffer.isBuffer(name) && name.toString()));
fs.symlinkSync('text', path.join(dir, 'link'));
console.log('readlink buffer:', fs.readlinkSync(path.join(dir, 'link'), 'buffer'));
console.log('realpath buffer:', Buffer.isBuffer(fs.realpathSync.native(dir, { encoding: 'buffer' })));
console.log('Buffer path:', fs.readFileSync(Buffer.from(file), 'latin1').length);

for (const [label, action] of [
  ['bad read encoding', () => fs.readFileSync(file, 'klingon')],
  ['bad write encoding', () => fs.writeFileSync(file, 'x', 'klingon')],
  ['bad data', () => fs.writeFileSync(file, 42)],
  ['nul byte path', () => fs.readFileSync(file + '\u0000x')],
  ['bad flag', () => fs.readFileSync(file, { flag: 'q' })],
]) {
  try {
    action();
    console.log(label, 'accepted');
  } catch (error) {
    console.log(label, error.code, hide(error.message));
  }
}

fs.readFile(file, 'base64', (error, text) => {
  console.log('callback base64:', error, text);
  fs.promises.readFile(file, { encoding: 'hex' }).then((hex) => {
    console.log('promise hex:', hex);
    fs.rmSync(dir, { recursive: true });
  });
});
