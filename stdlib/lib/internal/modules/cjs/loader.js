'use strict';
// The CommonJS loader: Module, require and its resolution (relative and absolute paths, the
// extensions .js/.json/.cjs, directories with package.json "main" or index.js, node_modules
// folders from the requiring module's folder up to the root), the cache, cycles (a module in
// progress hands out its partial exports), and the built-in modules ("node:" optional).
// package.json "exports" and "imports" (with the "require" conditions), the package's own
// name, and ES modules (require(esm): the module's namespace, when it has no top-level await).

const path = require('path');
const { compileFunction, requireModule } = internalBinding('modules');
const fs = internalBinding('fs');
const { validateString } = require('internal/errors');
const { readPackage, findPackageScope } = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName } =
  require('internal/modules/package_resolve');

const { builtinSet, nodeBuiltins, isBuiltin, loadBuiltin } = require('internal/modules/builtins');

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

Module._findPath = findPath;

// _initPaths ( ): the global folders bare requests fall back to: NODE_PATH's entries, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node (prefix: two levels above the
// executable).
Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  Module.globalPaths = paths;
};
Module._initPaths();

// _preloadModules ( requests ): requires each request from the working directory (what -r does).
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) parent.require(request);
};

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
  const exported = (request.startsWith('#') && resolveImports(request, parent)) || resolveSelf(request, parent) ||
    resolveExports(request, paths);
  if (exported) return exported;
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

const requireConditions = ['node', 'require', 'module-sync', 'node-addons'];

function checkExported(filename, request) {
  if (tryFile(filename)) return toRealPath(filename);
  const error = new Error(`Cannot find module '${filename}'`);
  error.code = 'MODULE_NOT_FOUND';
  error.path = filename;
  error.requestPath = request;
  throw error;
}

// A bare request for a package with "exports" in one of the node_modules folders `paths`.
function resolveExports(request, paths) {
  const parsed = parsePackageName(request);
  if (!parsed || !paths || path.isAbsolute(request)) return false;
  for (const directory of paths) {
    const packageDir = path.join(directory, parsed.name);
    if (stat(packageDir) !== 1) continue;
    const pkg = readPackage(packageDir);
    if (!pkg || pkg.exports === undefined || pkg.exports === null) return false;
    const jsonPath = path.join(packageDir, 'package.json');
    const filename = packageExportsResolve(packageDir, jsonPath, parsed.subpath, pkg.exports, requireConditions);
    return checkExported(filename, request);
  }
  return false;
}

// A request naming the requiring module's own package, when that package has "exports".
function resolveSelf(request, parent) {
  const parsed = parsePackageName(request);
  if (!parsed || !parent?.filename) return false;
  const scope = findPackageScope(parent.filename);
  if (!scope || scope.data.name !== parsed.name || scope.data.exports === undefined || scope.data.exports === null) {
    return false;
  }
  const filename = packageExportsResolve(scope.directory, scope.jsonPath, parsed.subpath, scope.data.exports,
    requireConditions);
  return checkExported(filename, request);
}

// A "#name" request through the "imports" of the requiring module's package (false when that
// package has none).
function resolveImports(request, parent) {
  const base = parent?.filename ?? path.join(process.cwd(), '[eval]');
  const scope = findPackageScope(base);
  if (!scope || scope.data.imports === undefined || scope.data.imports === null) return false;
  const target = packageImportsResolve(request, scope.directory, scope.jsonPath, scope.data.imports,
    requireConditions, base, (bare) => Module._resolveFilename(bare, parent, false));
  return isBuiltin(target) ? target : checkExported(target, request);
}

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

// .js files (and, as the fallback for unknown extensions, .mjs and others): ES modules (.mjs,
// or .js in a "type": "module" package) through require(esm), else CommonJS.
Module._extensions['.js'] = function loadJs(module, filename) {
  const esm = filename.endsWith('.mjs') ||
    (filename.endsWith('.js') && findPackageScope(filename)?.data.type === 'module');
  if (esm) {
    module.exports = requireModule(filename);
    return;
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
  return process.dlopen(module, filename);
};

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

Module.runMain = function (main = process.argv[1]) {
  runMain(main);
};

// -e, -p, standard input and REPL code (`name`: "[eval]", "[stdin]", "<repl>"): Node's
// globals module, exports, require, __filename and __dirname.
function setupEvalGlobals(name) {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequireFunction(module);
  if (name === '<repl>') return;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
}

module.exports = {
  Module,
  runMain,
  setupEvalGlobals,
};
