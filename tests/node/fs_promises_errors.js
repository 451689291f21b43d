// fs/promises rejections: Node's system errors and argument errors arrive as rejections,
// never as synchronous throws.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const missing = path.join(dir, 'missing');

const cases = [
  ['stat', () => fsp.stat(missing)],
  ['lstat', () => fsp.lstat(missing)],
  ['readdir file', () => fsp.readdir(file)],
  ['mkdir existing', () => fsp.mkdir(dir)],
  ['rmdir file', () => fsp.rmdir(file)],
  ['rm missing', () => fsp.rm(missing)],
  ['unlink missing', () => fsp.unlink(missing)],
  ['rename missing', () => fsp.rename(missing, file)],
  ['link existing', () => fsp.link(file, file)],
  ['symlink existing', () => fsp.symlink('x', file)],
  ['readlink file', () => fsp.readlink(file)],
  ['realpath missing', () => fsp.realpath(missing)],
  ['chmod missing', () => fsp.chmod(missing, 0o600)],
  ['truncate missing', () => fsp.truncate(missing)],
  ['utimes missing', () => fsp.utimes(missing, 1, 1)],
  ['appendFile into file', () => fsp.appendFile(path.join(file, 'x'), 'data')],
  ['open bad flag', () => fsp.open(file, 'nope')],
  ['stat bad path', () => fsp.stat(17)],
  ['writeFile bad data', () => fsp.writeFile(file, 17)],
  ['mkdtemp bad prefix', () => fsp.mkdtemp(null)],
];

(async () => {
  for (const [label, action] of cases) {
    let promise;
    try {
      promise = action();
    } catch (error) {
      console.log(label, 'threw synchronously:', error.code);
      continue;
    }
    console.log(label, 'is a promise:', promise instanceof Promise);
    try {
      await promise;
      console.log('  resolved');
    } catch (error) {
      console.log('  rejected:', error.code, error.syscall, hide(error.message));
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
