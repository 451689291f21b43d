// symlink, readlink, lstat, realpath (and .native), link: links of every kind.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-')));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const at = (...parts) => path.join(dir, ...parts);

fs.mkdirSync(at('real', 'inner'), { recursive: true });
fs.writeFileSync(at('real', 'inner', 'file.txt'), 'content');

fs.symlinkSync('real', at('relative-dir-link'));
fs.symlinkSync(at('real', 'inner', 'file.txt'), at('absolute-file-link'));
fs.symlinkSync('nowhere', at('dangling'));
fs.symlinkSync('relative-dir-link/inner', at('chained'), 'dir');

console.log('readlink relative:', fs.readlinkSync(at('relative-dir-link')));
console.log('readlink absolute:', hide(fs.readlinkSync(at('absolute-file-link'))));
console.log('readlink dangling:', fs.readlinkSync(at('dangling')));
console.log('lstat link:', fs.lstatSync(at('relative-dir-link')).isSymbolicLink(), fs.statSync(at('relative-dir-link')).isDirectory());
console.log('read through link:', fs.readFileSync(at('chained', 'file.txt'), 'utf8'));
console.log('realpath chained:', hide(fs.realpathSync(at('chained', 'file.txt'))));
console.log('realpath native:', hide(fs.realpathSync.native(at('chained'))));
console.log('realpath dots:', hide(fs.realpathSync(at('real', 'inner', '..', '.', 'inner'))));
try {
  fs.realpathSync(at('dangling'));
} catch (error) {
  console.log('realpath dangling:', error.code, error.syscall);
}
try {
  fs.statSync(at('dangling'));
} catch (error) {
  console.log('stat dangling:', error.code);
}
console.log('exists dangling:', fs.existsSync(at('dangling')));
try {
  fs.symlinkSync('real', at('dangling'));
} catch (error) {
  console.log('symlink over existing:', error.code, hide(error.message));
}

fs.linkSync(at('real', 'inner', 'file.txt'), at('hard'));
console.log('hard link nlink:', fs.statSync(at('hard')).nlink, fs.statSync(at('hard')).ino === fs.statSync(at('real', 'inner', 'file.txt')).ino);
fs.writeFileSync(at('hard'), 'changed');
console.log('shared content:', fs.readFileSync(at('real', 'inner', 'file.txt'), 'utf8'));

fs.readlink(at('dangling'), (error, target) => {
  console.log('callback readlink:', error, target);
  fs.realpath(at('chained'), (error, resolved) => {
    console.log('callback realpath:', error, hide(resolved));
    fs.promises.symlink('file.txt', at('real', 'inner', 'p-link')).then(async () => {
      console.log('promise readlink:', await fs.promises.readlink(at('real', 'inner', 'p-link')));
      console.log('promise realpath:', hide(await fs.promises.realpath(at('real', 'inner', 'p-link'))));
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned:', !fs.existsSync(dir));
    });
  });
});
