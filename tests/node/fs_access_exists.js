// access/accessSync with the mode constants, exists/existsSync.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
fs.chmodSync(file, 0o644);

console.log('constants:', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.F_OK, fs.constants.X_OK);
for (const [label, mode] of [['F_OK', fs.constants.F_OK], ['R_OK', fs.constants.R_OK], ['R_OK|W_OK', fs.constants.R_OK | fs.constants.W_OK]]) {
  console.log(label, fs.accessSync(file, mode));
}
try {
  fs.accessSync(path.join(dir, 'missing'));
} catch (error) {
  console.log('missing:', error.code, error.syscall);
}
try {
  fs.accessSync(file, 8);
} catch (error) {
  console.log('bad mode:', error.code, error.message);
}
try {
  fs.accessSync(file, 'r');
} catch (error) {
  console.log('mode type:', error.code, error.message);
}

console.log('existsSync file:', fs.existsSync(file));
console.log('existsSync dir:', fs.existsSync(dir));
console.log('existsSync missing:', fs.existsSync(path.join(dir, 'nope')));
console.log('existsSync bad arguments:', fs.existsSync(), fs.existsSync(null), fs.existsSync(42), fs.existsSync({}));
console.log('existsSync through file:', fs.existsSync(path.join(file, 'x')));

fs.exists(file, (exists) => {
  console.log('exists callback:', exists, arguments.length > 0);
  fs.exists(path.join(dir, 'nope'), (...args) => {
    console.log('exists missing callback:', args);
    fs.access(file, fs.constants.W_OK, (error) => {
      console.log('access callback:', error);
      fs.promises.access(path.join(dir, 'nope')).catch((error) => {
        console.log('promise access missing:', error.code);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
