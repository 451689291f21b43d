'use strict';
// process's underscored and deprecated members: _tickCallback, _rawDebug, _kill, assert,
// binding, _linkedBinding, dlopen, debugPort, source maps, _eval/_print_eval, and friends.
const { spawnSync } = require('child_process');
const p = process;

process.on('warning', (warning) => console.log('warning', warning.code, warning.message));

p.nextTick(() => console.log('tick ran'));
p._tickCallback();
console.log('after _tickCallback');

console.log(p._kill(p.pid, 0), p._kill(2 ** 30, 0));
try {
  p.assert(false);
} catch (error) {
  console.log(error.code, error.message);
}
try {
  p.assert(0, 'custom message');
} catch (error) {
  console.log(error.code, error.message);
}
p.assert(true);

for (const name of ['nope', 'not_a_binding']) {
  try {
    p.binding(name);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
try {
  p._linkedBinding('nope');
} catch (error) {
  console.log(error.code, error.message);
}
try {
  p.dlopen({ exports: {} }, '/nonexistent/addon.node');
} catch (error) {
  console.log(error.code);
}
try {
  require('/nonexistent-dir-for-sable-test/addon.node');
} catch (error) {
  console.log(error.code);
}

console.log(p.debugPort, p.sourceMapsEnabled, p._preload_modules, p._eval, p._print_eval, p.domain);
for (const value of [1, 'yes', undefined]) {
  try {
    p.setSourceMapsEnabled(value);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
p.setSourceMapsEnabled(false);
console.log(p.sourceMapsEnabled, p._startProfilerIdleNotifier(), p._stopProfilerIdleNotifier(), p._debugEnd());
console.log(typeof p.availableMemory(), p.availableMemory() > 0, typeof p.constrainedMemory());
console.log(p.allowedNodeEnvironmentFlags instanceof Set, p.allowedNodeEnvironmentFlags.has('--sable-nope'));
p.allowedNodeEnvironmentFlags.add('--sable-nope');
console.log(p.allowedNodeEnvironmentFlags.has('--sable-nope'));
console.log(Array.isArray(p.moduleLoadList), p.moduleLoadList.every((entry) => typeof entry === 'string'));

try {
  p.getBuiltinModule(1);
} catch (error) {
  console.log(error.code, error.message);
}
console.log(p.getBuiltinModule('fs') === require('fs'), p.getBuiltinModule('node:path') === require('path'),
  p.getBuiltinModule('nope'), p.getBuiltinModule('test'), p.getBuiltinModule('./fs'));

for (const args of [['-e', 'console.log(JSON.stringify([process._eval, process._print_eval]))'],
  ['-p', 'JSON.stringify([process._eval, process._print_eval])'],
  ['-e', 'process._rawDebug("raw %d %s", 1, "two", { a: 1 })']]) {
  const result = spawnSync(p.execPath, args, { encoding: 'utf8' });
  console.log(JSON.stringify(result.stdout), JSON.stringify(result.stderr));
}
