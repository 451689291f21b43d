// copyFile in all forms, with the COPYFILE_EXCL flag, and rename over files.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const at = (name) => path.join(dir, name);

const content = 'line\n'.repeat(20000);
fs.writeFileSync(at('source'), content);
fs.chmodSync(at('source'), 0o640);

fs.copyFileSync(at('source'), at('copy'));
console.log('copy same content:', fs.readFileSync(at('copy'), 'utf8') === content, fs.statSync(at('copy')).size);
console.log('copy keeps mode:', (fs.statSync(at('copy')).mode & 0o777).toString(8));

fs.writeFileSync(at('copy'), 'changed');
fs.copyFileSync(at('source'), at('copy'));
console.log('copy overwrites:', fs.statSync(at('copy')).size);

try {
  fs.copyFileSync(at('source'), at('copy'), fs.constants.COPYFILE_EXCL);
} catch (error) {
  console.log('excl:', error.code, error.syscall, hide(error.message));
}
console.log('constants:', fs.constants.COPYFILE_EXCL, fs.constants.COPYFILE_FICLONE, fs.constants.COPYFILE_FICLONE_FORCE);
try {
  fs.copyFileSync(at('source'), at('other'), 8);
} catch (error) {
  console.log('bad mode:', error.code, error.message);
}
try {
  fs.copyFileSync(dir, at('other'));
} catch (error) {
  console.log('copy a directory:', error.code);
}

fs.renameSync(at('copy'), at('renamed'));
console.log('rename:', fs.existsSync(at('copy')), fs.existsSync(at('renamed')));
fs.writeFileSync(at('small'), 'small');
fs.renameSync(at('small'), at('renamed'));
console.log('rename over:', fs.readFileSync(at('renamed'), 'utf8'));

fs.copyFile(at('source'), at('cb-copy'), (error) => {
  console.log('callback copy:', error, fs.statSync(at('cb-copy')).size);
  fs.copyFile(at('source'), at('cb-copy'), fs.constants.COPYFILE_EXCL, (error) => {
    console.log('callback excl:', error.code);
    fs.promises.copyFile(at('source'), at('p-copy')).then(() => {
      console.log('promise copy:', fs.statSync(at('p-copy')).size);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
