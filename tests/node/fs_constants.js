// fs.constants and fsPromises.constants: every name and value, and the access shortcuts.
const fs = require('fs');

for (const [name, value] of Object.entries(fs.constants)) console.log(name, value);
console.log('promises constants are the same object:', fs.promises.constants === fs.constants);
console.log('shortcuts:', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
const { O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_RDWR } = fs.constants;
console.log('w flags:', O_WRONLY | O_CREAT | O_TRUNC);
console.log('a+ flags:', O_RDWR | O_CREAT | O_APPEND);
console.log('wx flags:', O_WRONLY | O_CREAT | O_TRUNC | O_EXCL);
console.log('file type mask covers types:', ['S_IFREG', 'S_IFDIR', 'S_IFLNK', 'S_IFIFO', 'S_IFSOCK', 'S_IFCHR', 'S_IFBLK']
  .every((name) => (fs.constants[name] & fs.constants.S_IFMT) === fs.constants[name]));
console.log('permission bits:', (fs.constants.S_IRWXU | fs.constants.S_IRWXG | fs.constants.S_IRWXO).toString(8));
