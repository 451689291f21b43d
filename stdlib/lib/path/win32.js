'use strict';
// path.win32: Windows paths, with either separator, drive letters ("C:", "C:\") and UNC roots
// ("\\server\share\").

const { validateString } = require('internal/errors');
const { normalizeString, formatPath } = require('internal/path');

const isSeparator = (char) => char === '\\' || char === '/';
const isDriveLetter = (char) => char !== undefined && /^[A-Za-z]$/.test(char);
const hasDrive = (path) => path.length >= 2 && path[1] === ':' && isDriveLetter(path[0]);

// The root of `path`: its device ("C:", "\\server\share" or ""), whether it is absolute, and
// where the root ends. A UNC root needs both the server and the share.
function parseRoot(path) {
  const length = path.length;
  if (length === 0) return { device: '', absolute: false, end: 0, unc: false };
  if (isSeparator(path[0])) {
    if (length > 1 && isSeparator(path[1])) {
      const match = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)/.exec(path);
      if (match !== null) {
        const end = match[0].length;
        const device = `\\\\${match[1]}\\${match[2]}`;
        return { device, absolute: true, end: end < length ? end + 1 : end, unc: true };
      }
    }
    return { device: '', absolute: true, end: 1, unc: false };
  }
  if (hasDrive(path)) {
    const absolute = length > 2 && isSeparator(path[2]);
    return { device: path.slice(0, 2), absolute, end: absolute ? 3 : 2, unc: false };
  }
  return { device: '', absolute: false, end: 0, unc: false };
}

// Normalizes the part after the root: one backslash between segments, "." and ".." resolved.
const normalizeTail = (tail, allowAboveRoot) => normalizeString(tail.replaceAll('/', '\\'), allowAboveRoot, '\\');

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device === '') {
        path = process.cwd();
      } else {
        // The current directory of that drive, as Windows keeps it in the environment.
        path = process.env[`=${device}`] || process.cwd();
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\') path = `${device}\\`;
      }
      const root = parseRoot(path);
      if (root.device !== '') {
        if (device === '') device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (absolute) {
        if (device !== '') break;
        continue;
      }
      tail = `${path.slice(root.end)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device !== '') break;
    }
    tail = normalizeTail(tail, !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const root = parseRoot(path);
    // A bare UNC root gets its closing backslash (device paths "\\.\x", "\\?\x" do not).
    if (root.unc && root.end === path.length && !isSeparator(path[path.length - 1])) {
      return /^..[.?]\\/.test(root.device) ? root.device : `${root.device}\\`;
    }
    let tail = root.end < path.length ? normalizeTail(path.slice(root.end), !root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isSeparator(path[path.length - 1])) tail += '\\';
    // A relative result must not read as a drive ("c:x") or hold a segment ending in ":"
    // (a device name): "./" keeps its meaning.
    if (root.device === '' && !root.absolute && (hasDrive(tail) || /:(?:[\\/]|$)/.test(path))) tail = `.\\${tail}`;
    if (root.absolute) return `${root.device}\\${tail}`;
    return `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && (isSeparator(path[0]) || (hasDrive(path) && path.length > 2 && isSeparator(path[2])));
  },

  // Joins with backslashes; leading separators make a UNC root only if the first non-empty
  // argument itself starts with one ("\\server"), else they collapse to one.
  join(...args) {
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    const first = parts[0];
    const firstIsUNC = first.length > 2 && isSeparator(first[0]) && isSeparator(first[1]) && !isSeparator(first[2]);
    if (!firstIsUNC) {
      const leading = /^[\\/]*/.exec(joined)[0].length;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromResolved = win32.resolve(from);
    const toResolved = win32.resolve(to);
    if (fromResolved.toLowerCase() === toResolved.toLowerCase()) return '';
    const fromParts = fromResolved.split('\\').filter((part) => part !== '');
    const toParts = toResolved.split('\\').filter((part) => part !== '');
    if (fromParts[0].toLowerCase() !== toParts[0].toLowerCase()) return toResolved;
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common].toLowerCase() === toParts[common].toLowerCase()) {
      common++;
    }
    const up = fromParts.slice(common).map(() => '..');
    return [...up, ...toParts.slice(common)].join('\\');
  },

  // The \\?\ form of an absolute path, which Windows APIs read without length limits.
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.startsWith('\\\\')) {
      if (resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (hasDrive(resolved) && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const root = parseRoot(path);
    if (root.unc && root.end === path.length && !isSeparator(path[path.length - 1])) return path;
    let end = path.length;
    while (end > root.end && isSeparator(path[end - 1])) end--;
    while (end > root.end && !isSeparator(path[end - 1])) end--;
    if (end <= root.end) return root.end === 0 ? '.' : path.slice(0, root.end);
    return path.slice(0, Math.max(end - 1, root.end));
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (path === suffix) return '';
    const start = hasDrive(path) ? 2 : 0;
    let end = path.length;
    while (end > start && isSeparator(path[end - 1])) end--;
    if (end === start) return '';
    let begin = end;
    while (begin > start && !isSeparator(path[begin - 1])) begin--;
    let base = path.slice(begin, end);
    if (suffix !== undefined && suffix !== base && base.endsWith(suffix)) base = base.slice(0, base.length - suffix.length);
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const base = win32.basename(path);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || base === '..') return '';
    return base.slice(dot);
  },

  format(object) {
    return formatPath('\\', object);
  },

  parse(path) {
    validateString(path, 'path');
    const result = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return result;
    const root = parseRoot(path);
    result.root = path.slice(0, root.end);
    if (root.end === path.length) {
      result.dir = result.root;
      return result;
    }
    let end = path.length;
    while (end > root.end && isSeparator(path[end - 1])) end--;
    let begin = end;
    while (begin > root.end && !isSeparator(path[begin - 1])) begin--;
    result.base = path.slice(begin, end);
    result.dir = begin > root.end ? path.slice(0, begin - 1) : result.root;
    const dot = result.base.lastIndexOf('.');
    if (dot <= 0 || result.base === '..') {
      result.name = result.base;
    } else {
      result.name = result.base.slice(0, dot);
      result.ext = result.base.slice(dot);
    }
    return result;
  },

  matchesGlob() {
    const error = new Error('path.matchesGlob is not implemented in Sable yet');
    error.code = 'ERR_NOT_IMPLEMENTED';
    throw error;
  },
};

// The old name of toNamespacedPath.
win32._makeLong = win32.toNamespacedPath;

win32.win32 = win32;
win32.posix = require('path');

module.exports = win32;
