'use strict';
// package.json "exports" and "imports" (Node's PACKAGE_EXPORTS_RESOLVE and
// PACKAGE_IMPORTS_RESOLVE), shared by require() and import: subpaths, "*" patterns, condition
// objects (in their own key order, the first matching condition wins), arrays of fallbacks and
// null targets. The results are absolute file paths; `base` (the importing file, or undefined)
// only appears in error messages.

const path = require('path');
const { codedError } = require('internal/errors');

function from(base) {
  return base ? ` imported from ${base}` : '';
}

function notExported(packageJsonPath, subpath, base) {
  const message = subpath === '.' ?
    `No "exports" main defined in ${packageJsonPath}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${packageJsonPath}${from(base)}`;
  return codedError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', message);
}

function importNotDefined(specifier, packageJsonPath, base) {
  return codedError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    `Package import specifier "${specifier}" is not defined in package ${packageJsonPath}${from(base)}`);
}

function invalidTarget(packageJsonPath, key, target, isImports, base) {
  const kind = isImports ? 'imports' : 'exports';
  const shown = typeof target === 'string' ? target : JSON.stringify(target);
  let message = `Invalid "${kind}" ${key === '.' ? 'main ' : ''}target ${JSON.stringify(shown)} defined ` +
    `${key === '.' ? '' : `for '${key}' `}in the package config ${packageJsonPath}${from(base)}`;
  if (typeof target === 'string' && !isImports && !target.startsWith('./')) message += '; targets must start with "./"';
  return codedError(Error, 'ERR_INVALID_PACKAGE_TARGET', message);
}

function invalidConfig(packageJsonPath, base, detail) {
  return codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
    `Invalid package config ${packageJsonPath}${base ? ` while importing ${base}` : ''}. ${detail}`);
}

function isArrayIndex(key) {
  return String(Number(key)) === key && Number(key) >= 0 && Number(key) < 0xffffffff;
}

// A segment "", ".", "..", or "node_modules" (case-insensitive) after the first one is invalid.
const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

// A string target: "./..." inside the package (a pattern's "*" replaced by what matched),
// or for "imports" also a bare package name, resolved by `resolvePackage`.
function resolveStringTarget(packageDir, packageJsonPath, key, target, match, isPattern, isImports, base, resolvePackage) {
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      return resolvePackage(isPattern ? target.replaceAll('*', match) : target + match);
    }
    throw invalidTarget(packageJsonPath, key, target, isImports, base);
  }
  if (invalidSegment.test(target.slice(2))) throw invalidTarget(packageJsonPath, key, target, isImports, base);
  const resolved = path.join(packageDir, target);
  if (match === '') return resolved;
  if (invalidSegment.test(match)) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${isImports ? key.replace('*', match) : '.' + key.slice(1).replace('*', match)}" request is not a valid subpath for the "${isImports ? 'imports' : 'exports'}" resolution of ${packageJsonPath}${from(base)}`);
  }
  return isPattern ? resolved.replaceAll('*', match) : resolved + match;
}

// A target: a string, an array of fallbacks, a conditions object, or null (undefined when
// nothing matches; null when excluded).
function resolveTarget(context, key, target, match, isPattern) {
  const { packageDir, packageJsonPath, isImports, base, conditions, resolvePackage } = context;
  if (typeof target === 'string') {
    return resolveStringTarget(packageDir, packageJsonPath, key, target, match, isPattern, isImports, base, resolvePackage);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const candidate of target) {
      let resolved;
      try {
        resolved = resolveTarget(context, key, candidate, match, isPattern);
      } catch (error) {
        lastError = error;
        if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw error;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError) throw lastError;
    return lastError === null ? null : undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (isArrayIndex(condition)) {
        throw invalidConfig(packageJsonPath, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const condition of Object.keys(target)) {
      if (condition === 'default' || conditions.includes(condition)) {
        const resolved = resolveTarget(context, key, target[condition], match, isPattern);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(packageJsonPath, key, target, isImports, base);
}

// Node's pattern key order: longer prefix first, then longer key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase !== bBase) return aBase > bBase ? -1 : 1;
  if (bStar === -1) return -1;
  if (aStar === -1) return 1;
  return a.length > b.length ? -1 : (b.length > a.length ? 1 : 0);
}

// The target `matchKey` selects in a map of subpaths: an exact key, else the best "*"
// pattern; null when none matches.
function resolveInMap(context, matchKey, map) {
  if (Object.hasOwn(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(context, matchKey, map[matchKey], '', false);
  }
  let bestKey = '';
  let bestMatch = '';
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (matchKey.startsWith(prefix) && matchKey !== prefix &&
        (suffix === '' || (matchKey.endsWith(suffix) && matchKey.length >= key.length)) &&
        patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = matchKey.slice(prefix.length, matchKey.length - suffix.length);
    }
  }
  if (bestKey) return resolveTarget(context, bestKey, map[bestKey], bestMatch, true);
  return undefined;
}

// "exports" with sugar: a string, array or conditions object stands for { ".": ... }.
function exportsMap(exports, packageJsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return { '.': exports };
  if (exports === null || typeof exports !== 'object') return { '.': exports };
  const keys = Object.keys(exports);
  const dotted = keys.filter((key) => key.startsWith('.'));
  if (dotted.length > 0 && dotted.length !== keys.length) {
    throw invalidConfig(packageJsonPath, base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return dotted.length > 0 ? exports : { '.': exports };
}

// The file `subpath` ("." or "./x") of a package with "exports" names.
function packageExportsResolve(packageDir, packageJsonPath, subpath, exports, conditions, base) {
  const context = { packageDir, packageJsonPath, isImports: false, base, conditions, resolvePackage: null };
  const resolved = resolveInMap(context, subpath, exportsMap(exports, packageJsonPath, base));
  if (resolved === undefined || resolved === null) throw notExported(packageJsonPath, subpath, base);
  return resolved;
}

// The target of a "#name" specifier in a package's "imports"; `resolvePackage` resolves a
// target that names another package.
function packageImportsResolve(specifier, packageDir, packageJsonPath, imports, conditions, base, resolvePackage) {
  if (specifier === '#' || specifier.startsWith('#/') || specifier.endsWith('/')) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${specifier}" is not a valid internal imports specifier name${from(base)}`);
  }
  if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
    const context = { packageDir, packageJsonPath, isImports: true, base, conditions, resolvePackage };
    const resolved = resolveInMap(context, specifier, imports);
    if (resolved !== undefined && resolved !== null) return resolved;
  }
  throw importNotDefined(specifier, packageJsonPath, base);
}

// A bare specifier's package name and the subpath after it ("." for none); null when the
// name is not valid.
function parsePackageName(specifier) {
  let separator = specifier.indexOf('/');
  if (specifier.startsWith('@')) {
    if (separator === -1) return null;
    separator = specifier.indexOf('/', separator + 1);
  }
  const name = separator === -1 ? specifier : specifier.slice(0, separator);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) return null;
  return { name, subpath: '.' + (separator === -1 ? '' : specifier.slice(separator)) };
}

module.exports = { packageExportsResolve, packageImportsResolve, parsePackageName };
