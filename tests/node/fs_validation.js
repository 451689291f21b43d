// Argument checks of the fs API: Node's codes and messages for bad paths, fds, callbacks,
// offsets, lengths, modes, flags and options.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '0123456789');
const fd = fs.openSync(file, 'r+');

const cases = [
  ['readFileSync(42.5)', () => fs.readFileSync(42.5)],
  ['statSync(null)', () => fs.statSync(null)],
  ['statSync({})', () => fs.statSync({})],
  ['openSync(true)', () => fs.openSync(true)],
  ['openSync bad flags', () => fs.openSync(file, 'z')],
  ['openSync bad mode', () => fs.openSync(file, 'r', 'abc')],
  ['closeSync(-1)', () => fs.closeSync(-1)],
  ['closeSync("1")', () => fs.closeSync('1')],
  ['closeSync(1.5)', () => fs.closeSync(1.5)],
  ['readSync not a buffer', () => fs.readSync(fd, 'text', 0, 1, 0)],
  ['readSync offset past end', () => fs.readSync(fd, new Uint8Array(4), 5, 1, 0)],
  ['readSync length too long', () => fs.readSync(fd, new Uint8Array(4), 0, 5, 0)],
  ['writeSync bad data', () => fs.writeSync(fd, 42)],
  ['writeSync offset too big', () => fs.writeSync(fd, new Uint8Array(2), 3)],
  ['mkdirSync bad mode', () => fs.mkdirSync(path.join(dir, 'x'), { mode: 'rw' })],
  ['chmodSync missing mode', () => fs.chmodSync(file)],
  ['chownSync bad uid', () => fs.chownSync(file, 'me', 0)],
  ['utimesSync bad time', () => fs.utimesSync(file, 'soon', 0)],
  ['ftruncateSync bad len', () => fs.ftruncateSync(fd, 'long')],
  ['mkdtempSync bad prefix', () => fs.mkdtempSync(7)],
  ['readdirSync bad options', () => fs.readdirSync(dir, 5)],
  ['renameSync bad newPath', () => fs.renameSync(file, undefined)],
  ['symlinkSync bad target', () => fs.symlinkSync(1, file)],
  ['stat without callback', () => fs.stat(file)],
  ['readFile bad callback', () => fs.readFile(file, 'utf8', 'cb')],
  ['writeFile without callback', () => fs.writeFile(file, 'x')],
  ['rm bad options', () => fs.rmSync(file, { recursive: 'yes' })],
];
for (const [label, action] of cases) {
  try {
    action();
    console.log(label, '-> accepted');
  } catch (error) {
    console.log(label, '->', error.name, error.code, error.message.replaceAll(dir, '<dir>'));
  }
}
fs.closeSync(fd);

fs.promises.readFile(null).catch((error) => {
  console.log('promise readFile(null):', error.code);
  return fs.promises.mkdir(dir, { recursive: 1 });
}).catch((error) => {
  console.log('promise bad recursive:', error.code);
  fs.rmSync(dir, { recursive: true });
});
