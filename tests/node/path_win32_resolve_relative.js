// path.win32.resolve, relative, isAbsolute and toNamespacedPath with drives and UNC paths.
const { win32 } = require('path');
const resolves = [
  ['C:\\'], ['C:\\a', 'b'], ['C:\\a', '..\\..\\..'], ['C:\\a', 'D:\\b'], ['C:\\a', '\\b'], ['C:\\a', 'd:b', 'D:\\c'],
  ['\\\\s\\sh\\a', 'b'], ['\\\\s\\sh', '..'], ['C:\\a', '\\\\s\\sh\\x'], ['c:/a/b/', './c/'], ['C:\\x', '', 'y'],
  ['C:\\a', 'c:b'], ['C:\\a', 'C:'], ['//s/sh/', 'x'],
];
for (const args of resolves) console.log(JSON.stringify(args), JSON.stringify(win32.resolve(...args)));
const relatives = [
  ['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'C:\\a\\b\\c'], ['C:\\a\\b\\c', 'C:\\a'], ['C:\\A\\B', 'c:\\a\\b'],
  ['C:\\a', 'D:\\a'], ['C:\\', 'C:\\x'], ['C:\\x', 'C:\\'], ['C:\\foo\\bar', 'C:\\foo\\barbaz'],
  ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['C:\\a\\b', 'C:\\A\\B\\C'], ['C:\\same', 'C:\\same'],
];
for (const [from, to] of relatives) console.log(JSON.stringify([from, to]), JSON.stringify(win32.relative(from, to)));
for (const p of ['', 'a', '\\', '/', 'C:', 'C:\\', 'C:/x', 'c:x', '\\\\s\\sh', '//x', 'x:\\', '1:\\']) {
  console.log(JSON.stringify(p), win32.isAbsolute(p));
}
for (const p of ['C:\\a\\b', 'c:/x/../y', '\\\\s\\sh\\x', '\\\\?\\C:\\x', '\\\\.\\pipe\\x', '', 1, null]) {
  console.log(JSON.stringify(p), JSON.stringify(win32.toNamespacedPath(p)));
}
try { win32.resolve('a', 1); } catch (e) { console.log(e.code, e.message); }
try { win32.relative(1, 'a'); } catch (e) { console.log(e.code, e.message); }
