'use strict';
// The `module` built-in: the CommonJS Module class with createRequire, builtinModules and
// isBuiltin; SourceMap; syncBuiltinESMExports. Sable cannot turn source map support on, so no
// source maps are collected (findSourceMap finds none, as in Node without
// --enable-source-maps); ES module loader hooks (register) are not implemented.

const { Module } = require('internal/modules/cjs/loader');
const { debuglog } = require('internal/util/debuglog');
const { codedError } = require('internal/errors');

Module._debug = debuglog('module');

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};

Module.findSourceMap = function findSourceMap(path) {
  return undefined;
};

Module.register = function register(specifier, parentURL, options) {
  throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'module.register() (ES module loader hooks) is not implemented in Sable yet');
};

Object.defineProperty(Module, 'SourceMap', {
  enumerable: true,
  configurable: true,
  get() { return require('internal/source_map/source_map').SourceMap; },
});

module.exports = Module;
