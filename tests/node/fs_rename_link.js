// rename of files and directories (over existing entries, into themselves), link counts and
// errors, in sync and promise forms.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const at = (...parts) => path.join(dir, ...parts);
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const attempt = (label, action) => {
  try {
    action();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.code, hide(error.message));
  }
};

fs.mkdirSync(at('a', 'inner'), { recursive: true });
fs.mkdirSync(at('empty'));
fs.mkdirSync(at('full'));
fs.writeFileSync(at('full', 'x'), 'x');
fs.writeFileSync(at('file1'), 'one');
fs.writeFileSync(at('file2'), 'two');

attempt('rename file to new name', () => fs.renameSync(at('file1'), at('renamed')));
attempt('rename file over file', () => fs.renameSync(at('renamed'), at('file2')));
console.log('content now:', fs.readFileSync(at('file2'), 'utf8'), fs.existsSync(at('renamed')));
attempt('rename directory', () => fs.renameSync(at('a'), at('b')));
console.log('moved tree:', fs.readdirSync(at('b')));
attempt('rename directory over empty directory', () => fs.renameSync(at('b'), at('empty')));
attempt('rename directory over full directory', () => fs.renameSync(at('empty'), at('full')));
attempt('rename directory into itself', () => fs.renameSync(at('full'), at('full', 'sub')));
attempt('rename file over directory', () => fs.renameSync(at('file2'), at('full')));
attempt('rename directory over file', () => fs.renameSync(at('full'), at('file2')));
attempt('rename to same name', () => fs.renameSync(at('file2'), at('file2')));

attempt('link', () => fs.linkSync(at('file2'), at('hard1')));
attempt('second link', () => fs.linkSync(at('file2'), at('hard2')));
console.log('nlink:', fs.statSync(at('file2')).nlink);
attempt('link over existing', () => fs.linkSync(at('file2'), at('hard1')));
attempt('link a directory', () => fs.linkSync(at('full'), at('dirlink')));
attempt('unlink one', () => fs.unlinkSync(at('hard1')));
console.log('nlink after unlink:', fs.statSync(at('file2')).nlink);

fs.promises.rename(at('file2'), at('final')).then(async () => {
  console.log('promise rename:', fs.readFileSync(at('final'), 'utf8'));
  await fs.promises.link(at('final'), at('hard3'));
  console.log('promise link nlink:', fs.statSync(at('final')).nlink);
  await fs.promises.rename(at('nope'), at('x')).catch((error) => console.log('promise rename missing:', error.code, hide(error.dest)));
  fs.rmSync(dir, { recursive: true });
});
