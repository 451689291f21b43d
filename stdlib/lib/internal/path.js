'use strict';
// What path.posix and path.win32 share: resolving "." and ".." segments, and path.format.

const { invalidArgType } = require('internal/errors');

// Resolves "." and ".." in `path` (segments split on `separator`); `allowAboveRoot` keeps the
// leading ".." of relative paths. Empty segments are dropped.
function normalizeString(path, allowAboveRoot, separator = '/') {
  const parts = [];
  for (const segment of path.split(separator)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (allowAboveRoot) parts.push('..');
      continue;
    }
    parts.push(segment);
  }
  return parts.join(separator);
}

// path.format ( pathObject ) with the separator `sep`: dir (or root), then base (or name + ext).
function formatPath(sep, object) {
  if (object === null || typeof object !== 'object') throw invalidArgType('pathObject', 'of type object', object);
  const dir = object.dir || object.root;
  const base = object.base || `${object.name || ''}${object.ext ? (object.ext[0] === '.' ? '' : '.') + object.ext : ''}`;
  if (!dir) return base;
  return dir === object.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { normalizeString, formatPath };
