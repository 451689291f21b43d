'use strict';
// cp: copies files, directories (with `recursive`) and symbolic links, as a generator of
// internal/fs/operations (so fs.cp, fs.cpSync and fsPromises.cp share it). `filter` may return
// a promise in the asynchronous forms: it is yielded as { value } for the driver to settle.

const operations = require('internal/fs/operations');
const { getValidatedPath, getOptions } = require('internal/fs/utils');
const { invalidArgType, validateFunction } = require('internal/errors');
const pathModule = require('path');

// Node's cp errors: "<what>: cp returned <name> (<detail>) <path>".
function cpError(code, what, name, errno, detail, path) {
  const error = new Error(`${what}: cp returned ${name} (${detail}) ${path}`);
  error.code = code;
  error.errno = errno;
  error.syscall = 'cp';
  error.path = path;
  return error;
}

function* statIfExists(path, dereference) {
  try {
    return yield* (dereference ? operations.stat(path) : operations.lstat(path));
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

function isSubdirectory(parent, child) {
  const relative = pathModule.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !pathModule.isAbsolute(relative);
}

function* cp(source, destination, options) {
  source = getValidatedPath(source, 'src');
  destination = getValidatedPath(destination, 'dest');
  options = getOptions(options, { force: true, errorOnExist: false, recursive: false, dereference: false, preserveTimestamps: false });
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  for (const name of ['force', 'errorOnExist', 'recursive', 'dereference', 'preserveTimestamps', 'verbatimSymlinks']) {
    if (options[name] !== undefined && typeof options[name] !== 'boolean') throw invalidArgType(`options.${name}`, 'of type boolean', options[name]);
  }
  yield* copyEntry(source, destination, options, true);
}

function* copyEntry(source, destination, options, top) {
  if (options.filter && !(yield { value: options.filter(source, destination) })) return;
  const sourceStats = yield* (options.dereference ? operations.stat(source) : operations.lstat(source));
  const destinationStats = yield* statIfExists(destination, options.dereference);
  if (top) checkPaths(source, destination, sourceStats, destinationStats, options);
  if (sourceStats.isDirectory()) {
    if (!options.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', 22, `${source} is a directory (not copied)`, source);
    }
    if (!destinationStats) yield* operations.mkdir(destination, { mode: sourceStats.mode & 0o7777 });
    for (const name of yield* operations.readdir(source)) {
      yield* copyEntry(pathModule.join(source, name), pathModule.join(destination, name), options, false);
    }
    return;
  }
  if (sourceStats.isSymbolicLink()) {
    let target = yield* operations.readlink(source);
    if (!options.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(source), target);
    if (destinationStats) yield* operations.unlink(destination);
    yield* operations.symlink(target, destination);
    return;
  }
  if (destinationStats) {
    if (!options.force) {
      if (options.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17, `${destination} already exists`, destination);
      }
      return;
    }
  }
  yield* operations.copyFile(source, destination);
  if (options.preserveTimestamps) yield* operations.utimes(destination, sourceStats.atime, sourceStats.mtime);
}

// The checks of the top-level call: not the same file, not into itself, not a directory over a
// file or the reverse.
function checkPaths(source, destination, sourceStats, destinationStats, options) {
  if (destinationStats && sourceStats.dev === destinationStats.dev && sourceStats.ino === destinationStats.ino) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22, 'src and dest cannot be the same', source);
  }
  if (destinationStats && sourceStats.isDirectory() && !destinationStats.isDirectory()) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR', 21,
      `cannot overwrite non-directory ${destination} with directory ${source}`, destination);
  }
  if (destinationStats && !sourceStats.isDirectory() && destinationStats.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR', 20,
      `cannot overwrite directory ${destination} with non-directory ${source}`, destination);
  }
  if (sourceStats.isDirectory() && isSubdirectory(pathModule.resolve(source), pathModule.resolve(destination))) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
      `cannot copy ${source} to a subdirectory of self ${destination}`, destination);
  }
}

module.exports = { cp };
