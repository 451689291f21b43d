// mkdir: plain, recursive (the first directory made is returned), modes, and its errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => (typeof value === 'string' ? value.replaceAll(dir, '<dir>') : value);

console.log('plain:', fs.mkdirSync(path.join(dir, 'one')));
console.log('recursive new:', hide(fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true })));
console.log('recursive existing:', fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true }));
console.log('recursive partly existing:', hide(fs.mkdirSync(path.join(dir, 'a', 'x', 'y'), { recursive: true })));
console.log('tree:', fs.readdirSync(dir, { recursive: true }).sort().join(' '));

fs.mkdirSync(path.join(dir, 'private'), 0o700);
console.log('mode 0o700:', (fs.statSync(path.join(dir, 'private')).mode & 0o777).toString(8));
fs.mkdirSync(path.join(dir, 'octal'), { mode: '750' });
console.log('mode "750":', (fs.statSync(path.join(dir, 'octal')).mode & 0o777).toString(8));

fs.writeFileSync(path.join(dir, 'file'), '');
for (const [label, target, options] of [
  ['exists', 'one', undefined],
  ['missing parent', 'no/such', undefined],
  ['file in the way', 'file', { recursive: true }],
  ['under a file', 'file/sub', { recursive: true }],
]) {
  try {
    fs.mkdirSync(path.join(dir, target), options);
    console.log(label, 'made');
  } catch (error) {
    console.log(label, error.code, error.syscall, hide(error.message));
  }
}
try {
  fs.mkdirSync(path.join(dir, 'bad'), { recursive: 'yes' });
} catch (error) {
  console.log('bad recursive:', error.code);
}

fs.mkdir(path.join(dir, 'cb', 'deep'), { recursive: true }, (error, first) => {
  console.log('callback recursive:', error, hide(first));
  fs.promises.mkdir(path.join(dir, 'p', 'q'), { recursive: true }).then((first) => {
    console.log('promise recursive:', hide(first));
    return fs.promises.mkdir(path.join(dir, 'p'));
  }).catch((error) => {
    console.log('promise exists:', error.code);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned:', !fs.existsSync(dir));
  });
});
