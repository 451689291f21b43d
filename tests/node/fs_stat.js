// Stats: every field, the type tests, bigint, Date fields, lstat and fstat.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, '0123456789');
fs.symlinkSync(file, path.join(dir, 'link'));

const stats = fs.statSync(file);
console.log('keys:', Object.keys(stats).join(' '));
console.log('instance:', stats instanceof fs.Stats, stats.constructor.name);
console.log('size:', stats.size, 'nlink:', stats.nlink);
console.log('mode is a regular file:', (stats.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
for (const name of ['dev', 'ino', 'uid', 'gid', 'rdev', 'blksize', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'])
  console.log(name, typeof stats[name]);
for (const name of ['atime', 'mtime', 'ctime', 'birthtime'])
  console.log(name, stats[name] instanceof Date, stats[name].getTime() === Math.round(stats[name + 'Ms']));

function types(stats) {
  return ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']
    .filter((name) => stats[name]()).join(',');
}
console.log('file:', types(stats));
console.log('directory:', types(fs.statSync(dir)));
console.log('link via stat:', types(fs.statSync(path.join(dir, 'link'))));
console.log('link via lstat:', types(fs.lstatSync(path.join(dir, 'link'))));
console.log('/dev/null:', types(fs.statSync('/dev/null')));

const big = fs.statSync(file, { bigint: true });
console.log('bigint keys:', Object.keys(big).join(' '));
console.log('bigint types:', typeof big.size, typeof big.mtimeMs, typeof big.mtimeNs, big.size === 10n);
console.log('bigint isFile:', big.isFile(), big.isDirectory());
console.log('bigint ns consistent:', big.mtimeNs / 1000000n === big.mtimeMs);

const fd = fs.openSync(file, 'r');
const fstats = fs.fstatSync(fd);
console.log('fstat same inode:', fstats.ino === stats.ino, fstats.size);
fs.closeSync(fd);

fs.utimesSync(file, 1000000, 2000000);
const touched = fs.statSync(file);
console.log('utimes:', touched.atimeMs, touched.mtimeMs, touched.mtime.toISOString());

fs.stat(file, { bigint: true }, (error, stats) => {
  console.log('callback bigint:', error, typeof stats.ino);
  fs.promises.lstat(path.join(dir, 'link')).then((stats) => {
    console.log('promise lstat:', stats.isSymbolicLink());
    fs.rmSync(dir, { recursive: true });
  });
});
