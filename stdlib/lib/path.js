'use strict';
// path for POSIX paths (path.posix); path.win32 is in path/win32.

const { validateString } = require('internal/errors');
const { normalizeString, formatPath } = require('internal/path');

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    resolved = normalizeString(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let result = normalizeString(path, !absolute);
    if (result.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) result += '/';
    return absolute ? `/${result}` : result;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    return parts.length === 0 ? '.' : posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = fromParts.slice(common).map(() => '..');
    return [...up, ...toParts.slice(common)].join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path[i] === '/') {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return absolute ? '/' : '.';
    if (absolute && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (path === suffix) return '';
    let end = path.length;
    while (end > 0 && path[end - 1] === '/') end--;
    if (end === 0) return '';
    let start = path.lastIndexOf('/', end - 1) + 1;
    let base = path.slice(start, end);
    if (suffix !== undefined && suffix !== base && base.endsWith(suffix)) base = base.slice(0, base.length - suffix.length);
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const base = posix.basename(path);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || (dot === 1 && base === '..')) return '';
    // "file." has the extension ".": Node treats a trailing slash as not part of the name.
    return base.slice(dot);
  },

  format(object) {
    return formatPath('/', object);
  },

  parse(path) {
    validateString(path, 'path');
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return result;
    if (path[0] === '/') result.root = '/';
    let end = path.length;
    while (end > 1 && path[end - 1] === '/') end--;
    const trimmed = path.slice(0, end);
    const slash = trimmed.lastIndexOf('/');
    result.base = trimmed.slice(slash + 1);
    if (result.base === '' && result.root) return result;
    const dot = result.base.lastIndexOf('.');
    if (dot <= 0 || result.base === '..') {
      result.name = result.base;
    } else {
      result.name = result.base.slice(0, dot);
      result.ext = result.base.slice(dot);
    }
    if (slash > 0) result.dir = trimmed.slice(0, slash);
    else if (result.root) result.dir = '/';
    return result;
  },

  matchesGlob() {
    throw new Error('path.matchesGlob is not implemented in Sable yet');
  },
};

// The old name of toNamespacedPath.
posix._makeLong = posix.toNamespacedPath;

posix.posix = posix;
// path.win32 is loaded the first time it is read (start-up loads only what it uses); it then
// stays as a data property, as in Node.
Object.defineProperty(posix, 'win32', {
  get() {
    const win32 = require('path/win32');
    Object.defineProperty(posix, 'win32', { value: win32, writable: true, enumerable: true, configurable: true });
    return win32;
  },
  enumerable: true,
  configurable: true,
});

module.exports = posix;
