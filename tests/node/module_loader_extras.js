'use strict';
// module's loader helpers: _findPath, _initPaths/globalPaths, _preloadModules, register, _debug.
const Module = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
try {
  fs.writeFileSync(path.join(directory, 'plain.js'), 'module.exports = "plain";');
  fs.mkdirSync(path.join(directory, 'pkg'));
  fs.writeFileSync(path.join(directory, 'pkg', 'package.json'), '{"main":"entry.js"}');
  fs.writeFileSync(path.join(directory, 'pkg', 'entry.js'), 'console.log("pkg preloaded");');
  fs.writeFileSync(path.join(directory, 'preload.js'), 'console.log("preload ran");');
  const relative = (found) => (found === false ? false : path.relative(directory, found));
  console.log(relative(Module._findPath('plain', [directory])), relative(Module._findPath('plain.js', [directory])),
    relative(Module._findPath('pkg', [directory])), relative(Module._findPath('missing', [directory])),
    Module._findPath('plain', []), relative(Module._findPath(path.join(directory, 'plain'), [])),
    Module._findPath('fs', ['/nonexistent']));

  const saved = { HOME: process.env.HOME, NODE_PATH: process.env.NODE_PATH };
  process.env.HOME = '/home/sable-test';
  process.env.NODE_PATH = ['/first', '', '/second'].join(path.delimiter);
  Module._initPaths();
  const prefix = path.resolve(process.execPath, '..', '..');
  console.log(Module.globalPaths.map((entry) => entry.replace(prefix, '<prefix>')));
  delete process.env.NODE_PATH;
  delete process.env.HOME;
  Module._initPaths();
  console.log(Module.globalPaths.map((entry) => entry.replace(prefix, '<prefix>')));
  Object.assign(process.env, saved);
  if (saved.NODE_PATH === undefined) delete process.env.NODE_PATH;
  Module._initPaths();

  const cwd = process.cwd();
  process.chdir(directory);
  Module._preloadModules(['./preload.js', './pkg']);
  Module._preloadModules(['./preload.js']); // cached: runs once
  Module._preloadModules(undefined);
  Module._preloadModules('./preload.js');
  try {
    Module._preloadModules(['./missing']);
  } catch (error) {
    console.log(error.code);
  }
  process.chdir(cwd);
} finally {
  fs.rmSync(directory, { recursive: true });
}
console.log(typeof Module._debug, Module._debug('not shown'), Module.runMain.length, Module._findPath.length);
try {
  Module.register('./hooks.mjs');
} catch (error) {
  console.log(typeof error.code);
}
