'use strict';
// The `process` object: an EventEmitter with the command line, the environment, clocks,
// exit and exitCode, nextTick, and the standard streams (internal/process/stdio). Its
// 'uncaughtException', 'beforeExit' and 'exit' events are emitted by the host through the hooks
// registered at the bottom.

const EventEmitter = require('events');
const binding = internalBinding('process');
const { nextTick } = require('internal/process/task_queues');
const { invalidArgType } = require('internal/errors');

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
});

require('internal/process/methods').install(proc);

binding.setHooks(
  function handleUncaught(error, origin) {
    proc.emit('uncaughtExceptionMonitor', error, origin);
    if (proc.listenerCount('uncaughtException') === 0) return false;
    proc.emit('uncaughtException', error, origin);
    return true;
  },
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
