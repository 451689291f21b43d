// module.builtinModules and module.isBuiltin, with and without "node:".
const Module = require('module');

const list = Module.builtinModules;
console.log(Array.isArray(list), list.length > 40);
for (const name of ['fs', 'path', 'events', 'util', 'stream', 'node:fs', 'test', 'node:test', 'fs/promises',
  'timers/promises', 'node:nope', 'nope', '', 'FS', 'path/posix', 'node:sea', 'sea', 'internal/errors']) {
  console.log(JSON.stringify(name), Module.isBuiltin(name), list.includes(name));
}
console.log(list.includes('module'), list.includes('vm'), list.some((name) => name.startsWith('node:')));
console.log(list.every((name, index) => index === 0 || list[index - 1] < name || list[index - 1].startsWith('_')));
console.log(Module.builtinModules === list, require('module') === Module, Module.Module === Module);
console.log(typeof Module.createRequire, typeof Module._load, typeof Module._resolveFilename);
