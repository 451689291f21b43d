// fs.cp/cpSync/fsPromises.cp: files, trees (recursive), filter, force/errorOnExist, symlinks,
// timestamps, and Node's cp errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const at = (...parts) => path.join(dir, ...parts);
const list = (root) => fs.readdirSync(root, { recursive: true }).sort().join(' ');

fs.mkdirSync(at('src', 'sub', 'deep'), { recursive: true });
fs.writeFileSync(at('src', 'a.txt'), 'A');
fs.writeFileSync(at('src', 'sub', 'b.log'), 'B');
fs.writeFileSync(at('src', 'sub', 'deep', 'c.txt'), 'C');
fs.symlinkSync('a.txt', at('src', 'link'));

fs.cpSync(at('src', 'a.txt'), at('single.txt'));
console.log('file:', fs.readFileSync(at('single.txt'), 'utf8'));
fs.cpSync(at('src'), at('copy'), { recursive: true });
console.log('tree:', list(at('copy')));
console.log('link copied as link:', fs.lstatSync(at('copy', 'link')).isSymbolicLink(), hide(fs.readlinkSync(at('copy', 'link'))));

const seen = [];
fs.cpSync(at('src'), at('filtered'), {
  recursive: true,
  filter: (source, destination) => {
    seen.push(hide(source));
    return !source.endsWith('.log');
  },
});
console.log('filtered:', list(at('filtered')));
console.log('filter saw:', seen.length, seen[0]);

fs.writeFileSync(at('copy', 'a.txt'), 'changed');
fs.cpSync(at('src', 'a.txt'), at('copy', 'a.txt'), { force: false });
console.log('force false keeps:', fs.readFileSync(at('copy', 'a.txt'), 'utf8'));
fs.cpSync(at('src', 'a.txt'), at('copy', 'a.txt'));
console.log('force overwrites:', fs.readFileSync(at('copy', 'a.txt'), 'utf8'));

fs.utimesSync(at('src', 'a.txt'), 1000, 2000);
fs.cpSync(at('src', 'a.txt'), at('timed.txt'), { preserveTimestamps: true });
console.log('preserveTimestamps:', fs.statSync(at('timed.txt')).mtimeMs);

for (const [label, action] of [
  ['directory without recursive', () => fs.cpSync(at('src'), at('x'))],
  ['same path', () => fs.cpSync(at('src'), at('src'), { recursive: true })],
  ['into itself', () => fs.cpSync(at('src'), at('src', 'sub', 'inner'), { recursive: true })],
  ['missing source', () => fs.cpSync(at('nope'), at('x'))],
  ['errorOnExist', () => fs.cpSync(at('src', 'a.txt'), at('single.txt'), { force: false, errorOnExist: true })],
  ['directory over file', () => fs.cpSync(at('src'), at('single.txt'), { recursive: true })],
  ['file over directory', () => fs.cpSync(at('src', 'a.txt'), at('copy', 'sub'))],
  ['bad filter', () => fs.cpSync(at('src'), at('y'), { filter: 'no' })],
]) {
  try {
    action();
    console.log(label, 'copied');
  } catch (error) {
    console.log(label, error.code, hide(error.message), error.syscall);
  }
}

fs.cp(at('src'), at('cb'), { recursive: true, filter: async (source) => !source.endsWith('c.txt') }, (error) => {
  console.log('callback with async filter:', error, list(at('cb')));
  fs.promises.cp(at('src'), at('promised'), { recursive: true }).then(() => {
    console.log('promise:', list(at('promised')));
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned:', !fs.existsSync(dir));
  });
});
