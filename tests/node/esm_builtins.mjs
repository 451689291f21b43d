// Importing built-in modules: default is the CommonJS exports object, the named exports are its
// own keys; "node:" is optional.
import * as pathNamespace from 'path';
import path, { join, sep } from 'node:path';
import events, { EventEmitter } from 'events';
import { createRequire, isBuiltin } from 'node:module';
import util, { format } from 'node:util';
import { setTimeout as timeout } from 'timers';
import processModule from 'process';

const require = createRequire(import.meta.url);
console.log(path === require('path'), join('a', 'b'), sep);
console.log(pathNamespace.default === path, pathNamespace.join === join);
console.log(events === EventEmitter, typeof events.once, EventEmitter === require('events'));
console.log(typeof util.inspect, util.format('%s=%d', 'x', 1), format === util.format);
console.log(timeout === globalThis.setTimeout, processModule === process, isBuiltin('node:path'));
const namespaceKeys = Object.keys(pathNamespace);
console.log(namespaceKeys.includes('default'), namespaceKeys.includes('resolve'), namespaceKeys.includes('posix'));
const dynamicPath = await import('path');
console.log(dynamicPath === pathNamespace, dynamicPath.default === path);
const viaScheme = await import('node:events');
console.log(viaScheme.default === events);
const moduleNamespace = await import('module');
console.log(moduleNamespace.default === require('module'), typeof moduleNamespace.createRequire);
for (const specifier of ['node:not-a-module', 'node:path/nope', 'node:']) {
  try {
    await import(specifier);
  } catch (error) {
    console.log(specifier, error.code, error.message);
  }
}
