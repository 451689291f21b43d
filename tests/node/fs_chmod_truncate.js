// chmod/fchmod, utimes/futimes/lutimes, truncate/ftruncate, fsync/fdatasync, chown to self.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '0123456789');
const mode = () => (fs.statSync(file).mode & 0o777).toString(8);

fs.chmodSync(file, 0o600);
console.log('chmod number:', mode());
fs.chmodSync(file, '644');
console.log('chmod string:', mode());
try {
  fs.chmodSync(file, 'rwx');
} catch (error) {
  console.log('chmod bad:', error.code, error.message);
}
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o400);
console.log('fchmod:', mode());
fs.fchmodSync(fd, 0o644);

fs.utimesSync(file, 1500000000, 1600000000);
console.log('utimes:', fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
fs.utimesSync(file, new Date('2020-01-02T03:04:05Z'), '1700000000');
console.log('utimes date/string:', fs.statSync(file).atime.toISOString(), fs.statSync(file).mtime.toISOString());
fs.futimesSync(fd, 1000, 2000.5);
console.log('futimes:', fs.statSync(file).mtimeMs);
fs.symlinkSync(file, path.join(dir, 'link'));
fs.lutimesSync(path.join(dir, 'link'), 3000, 4000);
console.log('lutimes link:', fs.lstatSync(path.join(dir, 'link')).mtimeMs, 'target:', fs.statSync(file).mtimeMs);

fs.ftruncateSync(fd, 4);
console.log('ftruncate:', fs.readFileSync(file, 'utf8'));
fs.ftruncateSync(fd, 6);
console.log('ftruncate grows:', Array.from(fs.readFileSync(file)).join(','));
fs.truncateSync(file, 2);
console.log('truncate:', fs.readFileSync(file, 'utf8'));
fs.truncateSync(file);
console.log('truncate default:', fs.statSync(file).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log('fsync and fdatasync done');

const { uid, gid } = fs.statSync(file);
fs.chownSync(file, uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(path.join(dir, 'link'), uid, gid);
console.log('chown to owner:', fs.statSync(file).uid === uid);
fs.closeSync(fd);

fs.chmod(file, 0o700, (error) => {
  console.log('callback chmod:', error, mode());
  fs.truncate(file, 0, (error) => {
    console.log('callback truncate:', error);
    fs.utimes(file, 5, 6, (error) => {
      console.log('callback utimes:', error, fs.statSync(file).mtimeMs);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
