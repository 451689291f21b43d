'use strict';
// The `vm` module: Script, runInThisContext and compileFunction in the main context, and
// contexts: createContext(sandbox) makes a new realm (its own built-ins) whose global object is
// backed by the sandbox (globals are read from it first; assignments and declarations go to it),
// for runInContext and runInNewContext. Cached data, breakOnSigint and measureMemory throw
// ERR_NOT_IMPLEMENTED.

const {
  checkScript, runScriptInThisContext, runScriptInContext, makeContext, compileFunction: compile,
} = internalBinding('contextify');
const { invalidArgType, validateInteger, validateString } = require('internal/errors');

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
  const { lineOffset = 0, columnOffset = 0 } = options;
  validateInteger(lineOffset, 'options.lineOffset', -(2 ** 31), 2 ** 31 - 1);
  validateInteger(columnOffset, 'options.columnOffset', -(2 ** 31), 2 ** 31 - 1);
  for (const name of ['cachedData', 'produceCachedData', 'importModuleDynamically']) {
    if (options[name] !== undefined) throw notImplemented(`vm option ${name}`);
  }
  if (options.breakOnSigint) throw notImplemented('vm option breakOnSigint');
  return { filename, lineOffset, columnOffset };
}

// The timeout in milliseconds (0: none) of a run's options ({ timeout, breakOnSigint, displayErrors }).
function runTimeout(options) {
  if (options === undefined) return 0;
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  if (options.breakOnSigint) throw notImplemented('vm option breakOnSigint');
  if (options.timeout === undefined) return 0;
  validateInteger(options.timeout, 'options.timeout', 1, 2 ** 32 - 1);
  return options.timeout;
}

class Script {
  #code;
  #origin;

  constructor(code, options) {
    this.#code = `${code}`;
    this.#origin = scriptOptions(options, 'evalmachine.<anonymous>');
    const { filename, lineOffset, columnOffset } = this.#origin;
    checkScript(this.#code, filename, lineOffset, columnOffset);
  }

  runInThisContext(options) {
    const { filename, lineOffset, columnOffset } = this.#origin;
    return runScriptInThisContext(this.#code, filename, lineOffset, columnOffset, runTimeout(options));
  }

  runInContext(contextifiedObject, options) {
    const context = contextOf(contextifiedObject);
    const { filename, lineOffset, columnOffset } = this.#origin;
    return runScriptInContext(context, this.#code, filename, lineOffset, columnOffset, runTimeout(options));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }

  createCachedData() {
    throw notImplemented('vm.Script.prototype.createCachedData');
  }
}

// The run options among a script's options (a string names the file only).
function runOptions(options) {
  return typeof options === 'object' && options !== null ? options : undefined;
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(runOptions(options));
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw invalidArgType('params', 'an instance of Array', params);
  params.forEach((param, index) => validateString(param, `params[${index}]`));
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const { filename, lineOffset, columnOffset } = scriptOptions({ ...options, parsingContext: undefined }, '');
  if (options.parsingContext !== undefined) throw notImplemented('vm.compileFunction option parsingContext');
  if (options.contextExtensions !== undefined && options.contextExtensions.length !== 0) {
    throw notImplemented('vm.compileFunction option contextExtensions');
  }
  return compile(code, filename, params.join(', '), lineOffset, columnOffset);
}

// Each contextified sandbox and its context (the global object of its realm).
const contexts = new WeakMap();

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

function contextOf(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject');
  const context = contexts.get(contextifiedObject);
  if (context === undefined) throw invalidArgType('contextifiedObject', 'an vm.Context', contextifiedObject);
  return context;
}

function createContext(contextObject = {}, options) {
  validateObject(contextObject, 'contextObject');
  if (options !== undefined) validateObject(options, 'options');
  if (!contexts.has(contextObject)) contexts.set(contextObject, makeContext(contextObject));
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject, runOptions(options));
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, runOptions(options));
}

module.exports = {
  Script,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory() {
    throw notImplemented('vm.measureMemory');
  },
};
