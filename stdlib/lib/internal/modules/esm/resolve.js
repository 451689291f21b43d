'use strict';
// ES module resolution, Node's way: relative and absolute paths and file: URLs (no extension
// search, no directory index), "#name" through the package's "imports", built-in modules
// ("node:" optional), and bare package names through node_modules folders (and the package's
// own name), with "exports" and the "import" conditions. Also the format of a resolved file.

const path = require('path');
const { codedError } = require('internal/errors');
const fs = internalBinding('fs');
const { readPackage, findPackageScope } = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName } =
  require('internal/modules/package_resolve');
const { isBuiltin } = require('internal/modules/builtins');

const importConditions = ['node', 'import', 'module-sync', 'node-addons'];

// The characters a file: URL keeps as they are in a path.
const plainUrlCharacter = /[A-Za-z0-9/\-_.!~*'()@:+,;=&$]/;

function pathToFileUrl(filename) {
  let url = 'file://';
  for (const character of filename) {
    url += plainUrlCharacter.test(character) ? character : encodeURIComponent(character);
  }
  return url;
}

function fileUrlToPath(url, base) {
  const rest = url.slice('file://'.length).replace(/[?#].*$/s, '');
  if (!rest.startsWith('/')) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  if (/%2f|%5c/i.test(rest)) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${rest}" must not include encoded "/" or "\\" characters imported from ${base}`);
  }
  return decodeURIComponent(rest);
}

// The folder relative specifiers start from: the importing file's, or the working directory
// for -e code and the main program's entry.
function baseDirectory(referrer) {
  return referrer && path.isAbsolute(referrer) ? path.dirname(referrer) : process.cwd();
}

function displayBase(referrer) {
  return referrer && path.isAbsolute(referrer) ? referrer : path.join(process.cwd(), referrer || '[eval]');
}

// A package's "main" without "exports": the file, with .js/.json/.node, or its index; else the
// package's index.js (the legacy main resolve).
function legacyMainResolve(packageDir, data, base) {
  const candidates = [];
  if (typeof data.main === 'string') {
    const main = path.resolve(packageDir, data.main);
    candidates.push(main, main + '.js', main + '.json', main + '.node',
      main + '/index.js', main + '/index.json', main + '/index.node');
  }
  candidates.push(path.join(packageDir, 'index.js'), path.join(packageDir, 'index.json'),
    path.join(packageDir, 'index.node'));
  for (const candidate of candidates) {
    if (fs.internalModuleStat(candidate) === 0) return candidate;
  }
  throw codedError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${packageDir}' imported from ${base}`);
}

// A bare specifier: the package's own name (self-reference), else node_modules folders up
// from the importing file.
function packageResolve(specifier, referrer, base) {
  const parsed = parsePackageName(specifier);
  if (parsed === null) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${specifier}" is not a valid package name imported from ${base}`);
  }
  const { name, subpath } = parsed;
  const scope = findPackageScope(path.join(baseDirectory(referrer), 'x'));
  if (scope && scope.data.name === name && scope.data.exports !== undefined && scope.data.exports !== null) {
    return packageExportsResolve(scope.directory, scope.jsonPath, subpath, scope.data.exports, importConditions, base);
  }
  let directory = baseDirectory(referrer);
  for (;;) {
    const packageDir = path.join(directory, 'node_modules', name);
    if (fs.internalModuleStat(packageDir) === 1) {
      const data = readPackage(packageDir) || {};
      const jsonPath = path.join(packageDir, 'package.json');
      if (data.exports !== undefined && data.exports !== null) {
        return packageExportsResolve(packageDir, jsonPath, subpath, data.exports, importConditions, base);
      }
      if (subpath === '.') return legacyMainResolve(packageDir, data, base);
      return path.join(packageDir, subpath);
    }
    if (directory === '/') break;
    directory = path.dirname(directory);
  }
  throw codedError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${name}' imported from ${base}`);
}

// The absolute path (or "node:id") `specifier` names from the file `referrer`. Unless
// `mustExist` is false (import.meta.resolve), the file must exist, and unknown "node:" ids throw.
function resolve(specifier, referrer, mustExist = true) {
  const base = displayBase(referrer);
  if (specifier.startsWith('node:') || isBuiltin(specifier)) {
    if (!isBuiltin(specifier) && mustExist) {
      throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    return specifier.startsWith('node:') ? specifier : 'node:' + specifier;
  }
  let filename;
  if (specifier.startsWith('file:')) {
    filename = fileUrlToPath(specifier, base);
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
             specifier === '.' || specifier === '..') {
    filename = path.resolve(baseDirectory(referrer), decodeURIComponent(specifier.replace(/[?#].*$/s, '')));
    if (specifier.endsWith('/')) filename += '/';
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) {
    throw codedError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. ' +
      `Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
  } else if (specifier.startsWith('#')) {
    const scope = findPackageScope(path.join(baseDirectory(referrer), 'x'));
    if (!scope) {
      throw codedError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
        `Package import specifier "${specifier}" is not defined imported from ${base}`);
    }
    filename = packageImportsResolve(specifier, scope.directory, scope.jsonPath, scope.data.imports,
      importConditions, base, (target) => resolve(target, referrer, mustExist));
    if (filename.startsWith('node:')) return filename;
  } else {
    filename = packageResolve(specifier, referrer, base);
  }
  if (!mustExist) return filename;
  const kind = fs.internalModuleStat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 1 || (kind === 0 && filename.endsWith('/'))) {
    throw codedError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT', `Directory import '${filename}' ` +
      `is not supported resolving ES modules imported from ${base}`);
  }
  if (kind !== 0) {
    throw codedError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find module '${filename}' imported from ${base}`);
  }
  return fs.realpathOrThrow(filename);
}

// How a resolved file loads: "module", "commonjs", "json" or "builtin".
function formatOf(filename) {
  if (filename.startsWith('node:')) return 'builtin';
  const extension = path.extname(filename);
  if (extension === '.mjs') return 'module';
  if (extension === '.cjs') return 'commonjs';
  if (extension === '.json') return 'json';
  const type = findPackageScope(filename)?.data.type;
  if (extension === '.js' || extension === '') return type === 'module' ? 'module' : 'commonjs';
  throw codedError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION',
    `Unknown file extension "${extension}" for ${filename}`);
}

module.exports = { resolve, formatOf, pathToFileUrl };
