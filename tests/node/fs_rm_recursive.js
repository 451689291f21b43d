// rm, rmSync, rmdir and unlink: files, trees, force, and the errors Node gives.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
function tree(root) {
  fs.mkdirSync(path.join(root, 'x', 'y', 'z'), { recursive: true });
  for (const name of ['f1', 'x/f2', 'x/y/f3', 'x/y/z/f4']) fs.writeFileSync(path.join(root, name), name);
  fs.symlinkSync('f1', path.join(root, 'x', 'link'));
}
function attempt(label, action) {
  try {
    action();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, error.syscall, hide(error.message));
  }
}

tree(path.join(dir, 't1'));
attempt('rm file:', () => fs.rmSync(path.join(dir, 't1', 'f1')));
attempt('rm dangling link:', () => fs.rmSync(path.join(dir, 't1', 'x', 'link')));
attempt('rm directory without recursive:', () => fs.rmSync(path.join(dir, 't1', 'x')));
attempt('rm missing:', () => fs.rmSync(path.join(dir, 'nothing')));
attempt('rm missing with force:', () => fs.rmSync(path.join(dir, 'nothing'), { force: true }));
attempt('rm tree:', () => fs.rmSync(path.join(dir, 't1'), { recursive: true }));
console.log('t1 gone:', !fs.existsSync(path.join(dir, 't1')));

tree(path.join(dir, 't2'));
attempt('rmdir non-empty:', () => fs.rmdirSync(path.join(dir, 't2')));
attempt('rmdir file:', () => fs.rmdirSync(path.join(dir, 't2', 'f1')));
attempt('unlink directory:', () => fs.unlinkSync(path.join(dir, 't2', 'x')));
attempt('unlink file:', () => fs.unlinkSync(path.join(dir, 't2', 'f1')));
attempt('unlink missing:', () => fs.unlinkSync(path.join(dir, 't2', 'f1')));
attempt('rmdir empty:', () => fs.rmdirSync(path.join(dir, 't2', 'x', 'y', 'z', '..', 'z', '..', '..', 'y', 'z', '..', '..', '..', 'x', 'y', 'z', '..', 'z')));

tree(path.join(dir, 't3'));
fs.rm(path.join(dir, 't3'), { recursive: true, force: true }, (error) => {
  console.log('callback rm:', error, fs.existsSync(path.join(dir, 't3')));
  tree(path.join(dir, 't4'));
  fs.promises.rm(path.join(dir, 't4'), { recursive: true }).then(() => {
    console.log('promise rm:', fs.existsSync(path.join(dir, 't4')));
    return fs.promises.rm(path.join(dir, 't4'));
  }).catch((error) => {
    console.log('promise rm missing:', error.code);
    fs.rmSync(dir, { recursive: true });
    console.log('all gone:', !fs.existsSync(dir));
  });
});
