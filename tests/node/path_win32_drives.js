// Drive letters in path.win32: drive-relative paths, case, and changing drives.
const { win32 } = require('path');
for (const p of ['C:', 'c:', 'C:.', 'C:x', 'C:\\', 'C:/', 'c:\\x\\..', 'z:\\a\\b', '1:\\x', 'CC:\\x', 'C|\\x']) {
  console.log(JSON.stringify(p), JSON.stringify(win32.normalize(p)), win32.isAbsolute(p), JSON.stringify(win32.parse(p)));
}
const resolves = [['D:\\a', 'C:\\b', 'c:x'], ['C:\\a', 'C:b'], ['C:\\a\\b', 'c:..\\x'], ['d:\\', 'e:\\x', 'f:\\y', 'z'], ['C:\\a', '..', '..', '..']];
for (const args of resolves) console.log(JSON.stringify(args), win32.resolve(...args));
for (const [from, to] of [['C:\\a', 'D:\\a'], ['c:\\A', 'C:\\a\\b'], ['C:\\a\\b', 'c:\\']]) console.log(from, to, JSON.stringify(win32.relative(from, to)));
console.log(win32.join('C:', 'a'), win32.join('C:\\', 'a'), win32.join('c:', '..', 'x'), win32.join('C:a', 'b'));
