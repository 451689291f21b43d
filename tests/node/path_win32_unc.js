// UNC paths in path.win32: roots, normalization, joining, resolution and parsing.
const { win32 } = require('path');
const paths = ['\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\file.txt', '//server/share/dir',
  '\\\\server', '\\\\server\\', '\\\\server\\\\share', '\\\\?\\UNC\\server\\share', '\\\\.\\device', '\\\\a\\b\\..\\..\\c'];
for (const p of paths) {
  console.log(JSON.stringify(p), JSON.stringify(win32.normalize(p)), win32.isAbsolute(p), JSON.stringify(win32.dirname(p)),
    JSON.stringify(win32.basename(p)), JSON.stringify(win32.parse(p).root));
}
console.log(win32.join('\\\\server', 'share', 'x'), win32.join('\\\\server\\share', '..', 'y'));
console.log(win32.resolve('\\\\server\\share\\a', '..\\b'), win32.resolve('\\\\server\\share', '\\x'));
console.log(win32.relative('\\\\server\\share\\a\\b', '\\\\server\\share\\c'));
console.log(win32.toNamespacedPath('\\\\server\\share\\x'), win32.toNamespacedPath('//server/share/x'));
