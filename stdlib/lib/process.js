'use strict';
// The `process` object: an EventEmitter with the command line, the environment, clocks,
// exit and exitCode, nextTick, and the standard streams (internal/process/stdio). Its
// 'uncaughtException', 'beforeExit' and 'exit' events are emitted by the host through the hooks
// registered at the bottom; setUncaughtExceptionCaptureCallback takes uncaught exceptions
// first. Node's underscored and deprecated members follow Node's behaviour where Sable can
// (what needs native code Sable lacks throws). Larger members load their module on first use.

const EventEmitter = require('events');
const binding = internalBinding('process');
const { nextTick, runNextTicks } = require('internal/process/task_queues');
const { codedError, invalidArgType } = require('internal/errors');

function process() {}
const processPrototype = Object.create(EventEmitter.prototype, {
  constructor: { value: process, writable: true, configurable: true },
});
const proc = Object.create(processPrototype);
EventEmitter.call(proc);

let exitCode;

function hrtime(previous) {
  const [seconds, nanoseconds] = binding.hrtime();
  if (previous === undefined) return [seconds, nanoseconds];
  if (!Array.isArray(previous)) throw invalidArgType('time', 'an instance of Array', previous);
  let s = seconds - previous[0];
  let ns = nanoseconds - previous[1];
  if (ns < 0) {
    s -= 1;
    ns += 1e9;
  }
  return [s, ns];
}
hrtime.bigint = function bigint() {
  const [seconds, nanoseconds] = binding.hrtime();
  return BigInt(seconds) * 1000000000n + BigInt(nanoseconds);
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers: 0 };
}
memoryUsage.rss = () => binding.memoryUsage()[0];

let stdout;
let stderr;
let stdin;

// A method of `proc` whose code is in module `id` (export `name`), loaded on the first call.
function lazyMethod(id, name, length) {
  const method = function (...args) {
    return require(id)[name].apply(this, args);
  };
  Object.defineProperty(method, 'name', { value: name });
  return Object.defineProperty(method, 'length', { value: length });
}

function notImplemented(what) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in Sable yet`);
}

// The function setUncaughtExceptionCaptureCallback installed, or null.
let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function or null', fn);
  if (captureCallback !== null) {
    throw codedError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  captureCallback = fn;
}

// An exception nobody caught (origin 'uncaughtException' or 'unhandledRejection'): whether the
// capture callback or an 'uncaughtException' listener took it.
function handleUncaught(error, origin) {
  proc.emit('uncaughtExceptionMonitor', error, origin);
  if (captureCallback !== null) {
    captureCallback(error);
    return true;
  }
  if (proc.listenerCount('uncaughtException') === 0) return false;
  proc.emit('uncaughtException', error, origin);
  return true;
}

// The bindings process.binding() knew in Node (deprecated); Sable has none of them.
const kLegacyBindings = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto', 'fs', 'fs_event_wrap',
  'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os', 'pipe_wrap', 'process_wrap', 'signal_wrap',
  'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);

let assertWarned = false;
let sourceMapsEnabled = false;
let allowedNodeEnvironmentFlags;

Object.assign(proc, {
  title: 'sable',
  version: 'v' + binding.versions.node,
  versions: binding.versions,
  arch: binding.arch,
  platform: binding.platform,
  release: { name: 'node' },
  argv: binding.argv,
  argv0: 'sable',
  execArgv: [],
  execPath: binding.execPath,
  env: binding.env,
  pid: binding.pid,
  ppid: binding.ppid,
  config: { variables: {} },
  features: {},
  _exiting: false,
  cwd: () => binding.cwd(),
  chdir(directory) {
    if (typeof directory !== 'string') throw invalidArgType('directory', 'of type string', directory);
    binding.chdir(directory);
  },
  hrtime,
  memoryUsage,
  uptime: () => binding.uptime(),
  nextTick,
  emitWarning(warning, type, code) {
    require('internal/process/warning').emitWarning(proc, warning, type, code);
  },
  exit(code) {
    if (code !== undefined) proc.exitCode = code;
    if (!proc._exiting) {
      proc._exiting = true;
      proc.emit('exit', proc.exitCode ?? 0);
    }
    binding.reallyExit(proc.exitCode ?? 0);
  },
  reallyExit: (code) => binding.reallyExit(code),
  abort() {
    throw new Error('process.abort is not implemented in Sable yet');
  },
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback: () => captureCallback !== null,
  // _fatalException ( error ): handles `error` as uncaught; when nobody takes it, the process
  // is exiting with status 1 ('exit' emitted) and the result is false.
  _fatalException(error) {
    const handled = handleUncaught(error, 'uncaughtException');
    if (!handled && !proc._exiting) {
      proc._exiting = true;
      proc.exitCode = 1;
      proc.emit('exit', 1);
    }
    return handled;
  },
  _tickCallback: runNextTicks,
  // _rawDebug ( ...args ): the formatted arguments on stderr, written at once.
  _rawDebug(...args) {
    binding.writeString(2, `${require('internal/util/inspect').format(...args)}\n`);
  },
  getBuiltinModule(id) {
    if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
    const { isBuiltin, loadBuiltin } = require('internal/modules/builtins');
    if (!isBuiltin(id)) return undefined;
    return loadBuiltin(id.startsWith('node:') ? id.slice(5) : id);
  },
  loadEnvFile: lazyMethod('internal/process/env_file', 'loadEnvFile', 0),
  getActiveResourcesInfo: lazyMethod('internal/process/active_resources', 'getActiveResourcesInfo', 0),
  _getActiveHandles: lazyMethod('internal/process/active_resources', '_getActiveHandles', 0),
  _getActiveRequests: lazyMethod('internal/process/active_resources', '_getActiveRequests', 0),
  assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      proc.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) throw codedError(Error, 'ERR_ASSERTION', message || 'assertion error');
  },
  binding(name) {
    if (!kLegacyBindings.has(name)) throw new Error(`No such module: ${name}`);
    throw notImplemented(`process.binding('${name}')`);
  },
  _linkedBinding(name) {
    throw codedError(Error, 'ERR_INVALID_MODULE', `No such binding was linked: ${name}`);
  },
  // dlopen ( module, filename [, flags] ): native addons cannot run on Sable's engine.
  dlopen(module, filename) {
    throw codedError(Error, 'ERR_DLOPEN_FAILED', `Native addons are not supported by Sable: ${filename}`);
  },
  debugPort: 9229,
  setSourceMapsEnabled(value) {
    if (typeof value !== 'boolean') throw invalidArgType('val', 'of type boolean', value);
    if (value) throw notImplemented('process.setSourceMapsEnabled(true)');
    sourceMapsEnabled = value;
  },
  _preload_modules: [],
  // _debugProcess ( pid ): asks process `pid` to start its inspector (SIGUSR1, as Node does).
  _debugProcess(pid) {
    const result = proc._kill(pid, require('os').constants.signals.SIGUSR1);
    if (result < 0) throw require('internal/errors').errnoException(result, 'kill');
  },
  // Sable has no inspector: there is none to stop.
  _debugEnd() {},
  // Node keeps these two as no-ops.
  _startProfilerIdleNotifier() {},
  _stopProfilerIdleNotifier() {},
  domain: null,
  openStdin() {
    proc.stdin.resume();
    return proc.stdin;
  },
});

Object.defineProperties(proc, {
  exitCode: {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) throw invalidArgType('code', 'of type number', code);
      }
      exitCode = code;
    },
  },
  // The global console writes through these once they exist (until then, straight to fds 1
  // and 2).
  stdout: {
    enumerable: true,
    configurable: true,
    get() {
      if (stdout === undefined) {
        stdout = require('internal/process/stdio').createWritableStdioStream(1);
        require('console')._stdout = stdout;
      }
      return stdout;
    },
  },
  stderr: {
    enumerable: true,
    configurable: true,
    get() {
      if (stderr === undefined) {
        stderr = require('internal/process/stdio').createWritableStdioStream(2);
        require('console')._stderr = stderr;
      }
      return stderr;
    },
  },
  stdin: {
    enumerable: true,
    configurable: true,
    get() { return stdin ??= require('internal/process/stdio').createStdin(); },
  },
  sourceMapsEnabled: {
    enumerable: true,
    configurable: true,
    get() { return sourceMapsEnabled; },
  },
  moduleLoadList: {
    enumerable: true,
    configurable: true,
    get() { return internalBinding('modules').moduleLoadList(); },
  },
  report: {
    enumerable: true,
    configurable: true,
    get() { return require('internal/process/report').report; },
  },
  // The options NODE_OPTIONS may hold: none, as Sable does not read NODE_OPTIONS. As in Node,
  // the set cannot be changed (add, delete and clear do nothing).
  allowedNodeEnvironmentFlags: {
    enumerable: true,
    configurable: true,
    get() {
      allowedNodeEnvironmentFlags ??= Object.freeze(Object.assign(new Set(), {
        add() { return this; },
        delete() { return false; },
        clear() {},
      }));
      return allowedNodeEnvironmentFlags;
    },
  },
});

// The code of -e or -p, and whether -p prints: only when given, as in Node.
if (binding.evalCode !== undefined) proc._eval = binding.evalCode;
if (binding.printEval) proc._print_eval = true;

require('internal/process/methods').install(proc);

binding.setHooks(
  handleUncaught,
  function emitBeforeExit() {
    if (!proc._exiting) proc.emit('beforeExit', proc.exitCode ?? 0);
  },
  function emitExit(code) {
    if (code !== 0) proc.exitCode = code;
    if (!proc._exiting) {
      proc._exiting = true;
      proc.emit('exit', proc.exitCode ?? code);
    }
    return +(proc.exitCode ?? code);
  },
);

module.exports = proc;
