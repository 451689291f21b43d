// Node's system errors from fs: message, code, errno, syscall, path and dest, in all forms.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => (typeof value === 'string' ? value.replaceAll(dir, '<dir>') : value);
const missing = path.join(dir, 'missing');
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');

function show(label, error) {
  console.log(label, error instanceof Error, hide(error.message));
  console.log('   ', error.code, error.errno, error.syscall, hide(error.path), hide(error.dest));
}

const cases = [
  ['open', () => fs.openSync(missing, 'r')],
  ['readFile', () => fs.readFileSync(missing)],
  ['stat', () => fs.statSync(missing)],
  ['lstat', () => fs.lstatSync(missing)],
  ['access', () => fs.accessSync(missing)],
  ['readlink', () => fs.readlinkSync(file)],
  ['realpath', () => fs.realpathSync(missing)],
  ['rename', () => fs.renameSync(missing, path.join(dir, 'other'))],
  ['link', () => fs.linkSync(missing, path.join(dir, 'other'))],
  ['symlink', () => fs.symlinkSync('target', file)],
  ['copyFile', () => fs.copyFileSync(missing, path.join(dir, 'other'))],
  ['copyFile excl', () => fs.copyFileSync(file, file, fs.constants.COPYFILE_EXCL)],
  ['mkdir', () => fs.mkdirSync(file)],
  ['rmdir', () => fs.rmdirSync(missing)],
  ['chmod', () => fs.chmodSync(missing, 0o644)],
  ['utimes', () => fs.utimesSync(missing, 1, 1)],
  ['truncate', () => fs.truncateSync(missing)],
  ['fstat bad fd', () => fs.fstatSync(999)],
  ['writeFile into a file', () => fs.writeFileSync(path.join(file, 'x'), 'data')],
  ['open a directory for writing', () => fs.openSync(dir, 'w')],
];
for (const [label, action] of cases) {
  try {
    action();
    console.log(label, 'did not throw');
  } catch (error) {
    show(label, error);
  }
}

fs.readFile(missing, (error) => {
  show('callback readFile', error);
  fs.rename(missing, file, (error) => {
    show('callback rename', error);
    fs.promises.copyFile(missing, file).catch((error) => {
      show('promise copyFile', error);
      return fs.promises.stat(missing);
    }).catch((error) => {
      show('promise stat', error);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
