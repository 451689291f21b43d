'use strict';
// The CommonJS loader: Module, require and its resolution (relative and absolute paths, the
// extensions .js/.json/.cjs, directories with package.json "main" or index.js, node_modules
// folders from the requiring module's folder up to the root), the cache, cycles (a module in
// progress hands out its partial exports), and the built-in modules ("node:" optional).
// package.json "exports"/"imports" and ES modules from require are not implemented yet.

const path = require('path');
const { compileFunction, builtinIds } = internalBinding('modules');
const fs = internalBinding('fs');
const { validateString } = require('internal/errors');

const builtinSet = new Set(builtinIds);
// Node's built-in modules Sable does not provide yet: requiring one says so.
const nodeBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
const nodeBuiltinSet = new Set(nodeBuiltins);
const schemeOnlyBuiltins = new Set(['test', 'sea', 'sqlite', 'test/reporters']);

function isBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  return nodeBuiltinSet.has(id) || (request.startsWith('node:') && schemeOnlyBuiltins.has(id));
}

function loadBuiltin(id) {
  if (builtinSet.has(id)) return require(id);
  const error = new Error(`The built-in module '${id}' is not implemented in Sable yet`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  throw error;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true });
  if (parent) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = nodeBuiltins.slice();
Module.isBuiltin = isBuiltin;
Module.Module = Module;

// Where bare requests are looked up from `from`: every node_modules up to the root.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(parts.slice(0, i).join('/') + '/node_modules');
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
};

function stat(filename) {
  return fs.internalModuleStat(filename);
}

function toRealPath(filename) {
  return fs.realpathOrThrow(filename);
}

function tryFile(filename) {
  return stat(filename) === 0 ? toRealPath(filename) : false;
}

function tryExtensions(basePath, extensions) {
  for (const extension of extensions) {
    const found = tryFile(basePath + extension);
    if (found) return found;
  }
  return false;
}

const packageJsonCache = new Map();

function readPackage(directory) {
  const jsonPath = path.resolve(directory, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let result = false;
  if (stat(jsonPath) === 0) {
    const text = fs.readFileUtf8(jsonPath);
    try {
      result = JSON.parse(text);
    } catch (error) {
      error.path = jsonPath;
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      throw error;
    }
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

// A directory: its package.json "main" (as a file, with extensions, or as a folder with
// index), else its index file.
function tryPackage(requestPath, extensions, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions);
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename, extensions) ||
    tryExtensions(path.resolve(filename, 'index'), extensions);
  if (found) return found;
  const indexFound = tryExtensions(path.resolve(requestPath, 'index'), extensions);
  if (indexFound) return indexFound;
  const error = new Error(`Cannot find module '${filename}'. ` +
    `Please verify that the package.json has a valid "main" entry`);
  error.code = 'MODULE_NOT_FOUND';
  error.path = path.resolve(requestPath, 'package.json');
  error.requestPath = originalPath;
  throw error;
}

function findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash = request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
    request === '.' || request === '..';
  const extensions = Object.keys(Module._extensions);
  for (const directory of paths) {
    if (directory && stat(directory) < 1) continue;
    const basePath = path.resolve(directory, request);
    let filename;
    const kind = stat(basePath);
    if (!trailingSlash) {
      if (kind === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, extensions);
    }
    if (!filename && kind === 1) filename = tryPackage(basePath, extensions, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    return [parent?.filename ? path.dirname(parent.filename) : '.'];
  }
  const parentPaths = parent?.paths ?? [];
  return parentPaths.concat(Module.globalPaths);
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request) || (request.startsWith('node:') && builtinSet.has(request.slice(5)))) return request;
  let paths;
  if (options?.paths) {
    paths = [];
    for (const base of options.paths) {
      const fakeParent = new Module('', null);
      fakeParent.paths = Module._nodeModulePaths(base);
      if (request.startsWith('.')) paths.push(base);
      for (const lookup of Module._resolveLookupPaths(request, fakeParent)) {
        if (!paths.includes(lookup)) paths.push(lookup);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) requireStack.push(cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltin(request) && !builtinSet.has(id)) {
      const error = new Error(`No such built-in module: ${request}`);
      error.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw error;
    }
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename) && !filename.startsWith('/')) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let extension = path.extname(filename);
  if (!Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    const error = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  return Module._load(id, this, false);
};

const require_ = require;
let mainModule;

function stripBOM(content) {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module.prototype._compile = function _compile(content, filename) {
  const compiled = compileFunction(content, filename, 'exports, require, module, __filename, __dirname');
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  return compiled.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    if (pkg?.type === 'module') {
      const error = new Error(`require() of ES Module ${filename} not supported.`);
      error.code = 'ERR_REQUIRE_ESM';
      throw error;
    }
  }
  module._compile(stripBOM(fs.readFileUtf8(filename)), filename);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fs.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (error) {
    error.message = filename + ': ' + error.message;
    throw error;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  const error = new Error(`Native addons are not supported by Sable: ${filename}`);
  error.code = 'ERR_DLOPEN_FAILED';
  throw error;
};

// The package.json of the package a file belongs to (the nearest one up its folders).
function readPackageScope(filename) {
  let directory = path.dirname(filename);
  for (;;) {
    const pkg = readPackage(directory);
    if (pkg) return pkg;
    if (directory === '/' || directory.endsWith('/node_modules')) return false;
    directory = path.dirname(directory);
  }
}

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') return module.require(request);
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  Object.defineProperty(require, 'main', {
    enumerable: true,
    configurable: true,
    get() { return mainModule; },
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = decodeURIComponent(filename.replace(/^file:\/\//, ''));
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const error = new TypeError('The argument \'filename\' must be a file URL object, file URL string, or ' +
      `absolute path string. Received ${require_('internal/util/inspect').inspect(filename)}`);
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const module = new Module(proxyPath);
  module.filename = proxyPath;
  module.paths = Module._nodeModulePaths(module.path);
  return makeRequireFunction(module);
};

// The main program: `sable file.js`.
function runMain(mainPath) {
  const filename = Module._resolveFilename(path.resolve(mainPath), null, true);
  Module._load(filename, null, true);
}

module.exports = {
  Module,
  runMain,
  // `require` for -e and -p code, relative to the working directory.
  get evalRequire() {
    return Module.createRequire(path.join(process.cwd(), '[eval]'));
  },
};
