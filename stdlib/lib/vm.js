'use strict';
// The `vm` module, for the main context: Script, runInThisContext and compileFunction. Sable
// has no contexts yet (a new realm whose global object is backed by a sandbox object):
// createContext, runInContext, runInNewContext, isContext and the options that need them
// (or line offsets, timeouts, cached data, breakOnSigint) throw ERR_NOT_IMPLEMENTED.

const { checkScript, runScriptInThisContext, compileFunction: compile } = internalBinding('contextify');
const { invalidArgType, validateString } = require('internal/errors');

function notImplemented(what) {
  const error = new Error(`${what} is not implemented in Sable yet`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  return error;
}

// The script options: a string is the filename.
function scriptOptions(options, defaultFilename) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return { filename: defaultFilename };
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const filename = options.filename ?? defaultFilename;
  if (typeof filename !== 'string') throw invalidArgType('options.filename', 'of type string', filename);
  for (const name of ['lineOffset', 'columnOffset']) {
    if (options[name] !== undefined && options[name] !== 0) throw notImplemented(`vm option ${name}`);
  }
  for (const name of ['timeout', 'cachedData', 'produceCachedData', 'importModuleDynamically']) {
    if (options[name] !== undefined) throw notImplemented(`vm option ${name}`);
  }
  if (options.breakOnSigint) throw notImplemented('vm option breakOnSigint');
  return { filename };
}

class Script {
  #code;
  #filename;

  constructor(code, options) {
    this.#code = `${code}`;
    this.#filename = scriptOptions(options, 'evalmachine.<anonymous>').filename;
    checkScript(this.#code, this.#filename);
  }

  runInThisContext(options) {
    if (options !== undefined) scriptOptions(options);
    return runScriptInThisContext(this.#code, this.#filename);
  }

  runInContext() {
    throw notImplemented('vm.Script.prototype.runInContext');
  }

  runInNewContext() {
    throw notImplemented('vm.Script.prototype.runInNewContext');
  }

  createCachedData() {
    throw notImplemented('vm.Script.prototype.createCachedData');
  }
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw invalidArgType('params', 'an instance of Array', params);
  params.forEach((param, index) => validateString(param, `params[${index}]`));
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const { filename } = scriptOptions({ ...options, parsingContext: undefined }, '');
  if (options.parsingContext !== undefined) throw notImplemented('vm.compileFunction option parsingContext');
  if (options.contextExtensions !== undefined && options.contextExtensions.length !== 0) {
    throw notImplemented('vm.compileFunction option contextExtensions');
  }
  return compile(code, filename, params.join(', '));
}

function contextsNotImplemented(name) {
  return function unsupported() {
    throw notImplemented(`vm.${name}`);
  };
}

module.exports = {
  Script,
  createContext: contextsNotImplemented('createContext'),
  createScript: (code, options) => new Script(code, options),
  runInContext: contextsNotImplemented('runInContext'),
  runInNewContext: contextsNotImplemented('runInNewContext'),
  runInThisContext,
  isContext: contextsNotImplemented('isContext'),
  compileFunction,
  measureMemory: contextsNotImplemented('measureMemory'),
};
