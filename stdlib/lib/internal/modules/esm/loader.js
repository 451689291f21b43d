'use strict';
// What the host's ES module loader asks of the library (stdlib/module_loader.cpp): for an
// import of `specifier` from the file `referrer` with attribute `type`, the resolved file and
// how to load it. Source text and JSON modules the host reads itself; built-in and CommonJS
// modules become modules of values: their exports' own keys as named exports, and the whole
// exports object as "default" (names of CommonJS exports are found by reading the source,
// so they are those of cjs_exports.js).

const path = require('path');
const { codedError } = require('internal/errors');
const fs = internalBinding('fs');
const { resolve, formatOf, pathToFileUrl } = require('internal/modules/esm/resolve');
const { lexCommonJs } = require('internal/modules/esm/cjs_exports');
const { loadBuiltin } = require('internal/modules/builtins');

// The export names of the CommonJS file `filename`, with those of the modules it re-exports.
function commonJsExportNames(filename, names = new Set(), seen = new Set()) {
  if (seen.has(filename) || !filename.startsWith('/')) return names;
  seen.add(filename);
  const { names: own, reexports } = lexCommonJs(fs.readFileUtf8(filename));
  for (const name of own) names.add(name);
  const { Module } = require('internal/modules/cjs/loader');
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  for (const request of reexports) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, parent, false);
    } catch {
      continue;
    }
    if (resolved.endsWith('.js') || resolved.endsWith('.cjs')) commonJsExportNames(resolved, names, seen);
  }
  return names;
}

function valueModule(format, key, exports, names) {
  const exportNames = ['default'];
  const values = [exports];
  for (const name of names) {
    if (name === 'default') continue;
    let value;
    try {
      value = exports === null || exports === undefined ? undefined : exports[name];
    } catch (error) {
      // A part of a built-in module Sable does not provide throws when read: no such export.
      if (format === 'builtin') continue;
      throw error;
    }
    exportNames.push(name);
    values.push(value);
  }
  return [format, key, exportNames, values];
}

// The built-in modules imported so far: key ("node:fs") → [exports, export names].
const importedBuiltins = new Map();

// module.syncBuiltinESMExports ( ): each imported built-in module's named exports take the
// current values of its CommonJS exports' properties (the default export stays the object).
function syncBuiltinESMExports() {
  const { syncBuiltinExports } = internalBinding('modules');
  for (const [key, [exports, names]] of importedBuiltins) {
    syncBuiltinExports(key, names.map((name) => (name === 'default' ? exports : exports[name])));
  }
}

// [format, key] for "module" and "json"; [format, key, names, values] for built-in modules;
// [format, key, names, evaluate] for CommonJS, whose values evaluate() gives.
function load(specifier, referrer, type) {
  const filename = resolve(specifier, referrer);
  const format = formatOf(filename);
  if (type === 'json' && format !== 'json') {
    throw codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
      `Module "${filename.startsWith('node:') ? filename : pathToFileUrl(filename)}" is not of type "json"`);
  }
  if (format === 'json' && type !== 'json') {
    throw codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
      `Module "${pathToFileUrl(filename)}" needs an import attribute of type "json"`);
  }
  if (format === 'builtin') {
    const exports = loadBuiltin(filename.slice('node:'.length));
    const resolution = valueModule(format, filename, exports, Object.keys(exports));
    importedBuiltins.set(filename, [exports, resolution[2]]);
    return resolution;
  }
  if (format === 'commonjs') {
    // The module runs when the graph's evaluation reaches it, in import order.
    const names = ['default', ...[...commonJsExportNames(filename)].filter((name) => name !== 'default')];
    const evaluate = () => {
      const { Module } = require('internal/modules/cjs/loader');
      const exports = Module._load(filename, null, false);
      return names.map((name) => (name === 'default' ? exports : exports?.[name]));
    };
    return [format, filename, names, evaluate];
  }
  return [format, filename];
}

// import.meta.resolve of the module `filename`.
function createImportMetaResolve(filename) {
  return function resolve_(specifier) {
    const resolved = resolve(String(specifier), filename, false);
    return resolved.startsWith('node:') ? resolved : pathToFileUrl(resolved);
  };
}

module.exports = { load, createImportMetaResolve, syncBuiltinESMExports };
