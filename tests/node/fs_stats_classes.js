// The Stats, BigIntStats-like and Dirent classes: prototypes, methods on every kind of entry,
// Date fields in step with the *Ms numbers.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
fs.writeFileSync(path.join(dir, 'f'), 'x');
fs.mkdirSync(path.join(dir, 'd'));
fs.symlinkSync('f', path.join(dir, 'l'));

const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
console.log('Stats methods on the prototype chain:', methods.every((name) => typeof fs.Stats.prototype[name] === 'function'));
console.log('Dirent methods:', methods.every((name) => typeof fs.Dirent.prototype[name] === 'function'));
console.log('own properties are data:', Object.keys(fs.statSync(dir)).every((key) => typeof fs.statSync(dir)[key] !== 'function'));

const summary = (value) => methods.filter((name) => value[name]()).join(',') || 'none';
for (const name of ['f', 'd', 'l']) {
  const entry = path.join(dir, name);
  console.log(name, 'stat:', summary(fs.statSync(entry)), 'lstat:', summary(fs.lstatSync(entry)),
    'bigint lstat:', summary(fs.lstatSync(entry, { bigint: true })));
}
for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
  console.log('dirent', entry.name, summary(entry));
console.log('/dev/null:', summary(fs.statSync('/dev/null')));

const stats = fs.statSync(path.join(dir, 'f'));
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  console.log(name, 'is a Date near its Ms:', stats[name] instanceof Date && Math.abs(stats[name].getTime() - stats[name + 'Ms']) < 1);
}
const big = fs.statSync(path.join(dir, 'f'), { bigint: true });
console.log('bigint Ms and Ns agree:', big.mtimeMs === big.mtimeNs / 1000000n, big.mtime instanceof Date);
console.log('bigint mode matches:', Number(big.mode) === stats.mode, Number(big.ino) === stats.ino);
const dirent = new fs.Dirent('name', fs.constants.UV_DIRENT_DIR, '/somewhere');
console.log('constructed Dirent:', dirent.name, dirent.path, dirent.parentPath, dirent.isDirectory());
fs.rmSync(dir, { recursive: true });
