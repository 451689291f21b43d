'use strict';
// The global console: log/info/debug to stdout, warn/error/trace to stderr, formatted with
// util.format's rules; plus count, time, group, assert and dir.

const { writeString } = internalBinding('process');

let inspectModule;
function lazyInspect() {
  return inspectModule ??= require('internal/util/inspect');
}

// util.format (with colors for a color terminal); the common case (plain strings, no format
// directives) needs no inspect.
function formatArguments(console, toStderr, args) {
  let plain = true;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || (i === 0 && args[0].includes('%'))) {
      plain = false;
      break;
    }
  }
  if (plain) return args.join(' ');
  return lazyInspect().formatWithOptions({ colors: console._colors(toStderr) }, ...args);
}

// Whether fd 1 or 2 (before process.stdout/stderr exist) is a terminal showing colors; asked
// once per fd.
const fdColors = [undefined, undefined, undefined];
function fdHasColors(fd) {
  return fdColors[fd] ??= internalBinding('tty').guessHandleType(fd) === 'TTY' &&
    require('internal/tty/color_depth').getColorDepth() > 2;
}

function ignoreError() {}

class Console {
  constructor(stdout, stderr) {
    this._stdout = stdout;
    this._stderr = stderr ?? stdout;
    this._counts = new Map();
    this._timers = new Map();
    this._groupIndent = '';
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name !== 'constructor' && !name.startsWith('_')) this[name] = this[name].bind(this);
    }
  }

  _write(toStderr, text) {
    if (this._groupIndent) text = this._groupIndent + text.replaceAll('\n', '\n' + this._groupIndent);
    text += '\n';
    const stream = toStderr ? this._stderr : this._stdout;
    if (stream === undefined) {
      writeString(toStderr ? 2 : 1, text);
      return;
    }
    // A failed write (a closed pipe, a stream being ended) is not the program's error; output
    // is dropped then.
    if (stream.writableEnded) return;
    stream.once('error', ignoreError);
    try {
      stream.write(text, ignoreError);
    } finally {
      stream.removeListener('error', ignoreError);
    }
  }

  // Node's colorMode 'auto': colors when the output is a terminal showing more than 2.
  _colors(toStderr) {
    const stream = toStderr ? this._stderr : this._stdout;
    if (stream === undefined) return fdHasColors(toStderr ? 2 : 1);
    return Boolean(stream.isTTY) && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2);
  }

  log(...args) { this._write(false, formatArguments(this, false, args)); }
  info(...args) { this._write(false, formatArguments(this, false, args)); }
  debug(...args) { this._write(false, formatArguments(this, false, args)); }
  warn(...args) { this._write(true, formatArguments(this, true, args)); }
  error(...args) { this._write(true, formatArguments(this, true, args)); }

  trace(...args) {
    const error = new Error(formatArguments(this, true, args));
    error.name = 'Trace';
    this._write(true, error.stack);
  }

  dir(object, options) {
    this._write(false, lazyInspect().inspect(object, { customInspect: false, colors: this._colors(false), ...options }));
  }

  dirxml(...args) { this.log(...args); }

  assert(condition, ...args) {
    if (condition) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    this.warn(...args);
  }

  count(label = 'default') {
    label = `${label}`;
    const count = (this._counts.get(label) ?? 0) + 1;
    this._counts.set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this._counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this._counts.delete(label);
  }

  group(...args) {
    if (args.length > 0) this.log(...args);
    this._groupIndent += '  ';
  }

  groupCollapsed(...args) { this.group(...args); }

  groupEnd() {
    this._groupIndent = this._groupIndent.slice(0, -2);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this._timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._timers.set(label, process.hrtime());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._timeLog(label, [])) this._timers.delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._timeLog(`${label}`, data);
  }

  _timeLog(label, data) {
    const start = this._timers.get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.timeLog()`);
      return false;
    }
    const [seconds, nanoseconds] = process.hrtime(start);
    const ms = seconds * 1000 + nanoseconds / 1e6;
    const shown = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${Number(ms.toFixed(3))}ms`;
    this.log(`${label}: ${shown}`, ...data);
    return true;
  }

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw require('internal/errors').invalidArgType('properties', 'an instance of Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    this.log(require('internal/console/table').formatTable(data, properties));
  }
}

const globalConsole = new Console();
globalConsole.Console = Console;
module.exports = globalConsole;
