// readdir: names, withFileTypes (Dirent), recursive, and errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'b');
fs.writeFileSync(path.join(dir, 'sub', 'deeper', 'c.txt'), 'c');
fs.symlinkSync('a.txt', path.join(dir, 'link'));

console.log('names:', fs.readdirSync(dir).sort());
console.log('empty:', fs.readdirSync(path.join(dir, 'sub', 'deeper', '..', 'deeper')).length);

const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
for (const entry of entries) {
  console.log(entry.name, entry instanceof fs.Dirent, hide(entry.parentPath), hide(entry.path),
    entry.isFile(), entry.isDirectory(), entry.isSymbolicLink(), entry.isFIFO(), entry.isSocket(),
    entry.isBlockDevice(), entry.isCharacterDevice());
}
console.log('dirent keys:', Object.keys(entries[0]).join(' '));

console.log('recursive:', fs.readdirSync(dir, { recursive: true }).sort());
const deep = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .map((entry) => `${hide(entry.parentPath)}|${entry.name}|${entry.isDirectory()}`).sort();
console.log('recursive dirents:', deep);
console.log('string options:', fs.readdirSync(path.join(dir, 'sub'), 'utf8').sort());

for (const target of ['missing', 'a.txt']) {
  try {
    fs.readdirSync(path.join(dir, target));
  } catch (error) {
    console.log(target, error.code, error.syscall, hide(error.message));
  }
}

fs.readdir(dir, { withFileTypes: true }, (error, entries) => {
  console.log('callback:', error, entries.map((entry) => entry.name).sort());
  fs.promises.readdir(path.join(dir, 'sub'), { recursive: true }).then((names) => {
    console.log('promise recursive:', names.sort());
    fs.rmSync(dir, { recursive: true });
  });
});
