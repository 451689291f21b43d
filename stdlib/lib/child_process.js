'use strict';
// node:child_process: the synchronous functions (spawnSync, execSync, execFileSync) over
// internalBinding('spawn_sync'). The asynchronous ones (spawn, exec, execFile, fork) need
// node:stream and throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('spawn_sync');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, validateString } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const { signals } = binding;
const signalNames = Object.fromEntries(Object.entries(signals).map(([name, number]) => [number, name]));

function validateNoNul(value, name) {
  if (value.includes('\0')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' must be a string without null bytes. Received ${inspect(value)}`);
  }
}

// A signal's number from its name or number.
function signalNumber(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string' && signals[signal] !== undefined) return signals[signal];
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
}

// 'pipe' | 'inherit' | 'ignore' or an array of them, as the binding's per-fd letters.
function stdioKinds(stdio = 'pipe') {
  const kinds = typeof stdio === 'string' ? [stdio, stdio, stdio] : stdio;
  if (!Array.isArray(kinds)) throw invalidArgValue('stdio', stdio);
  let letters = '';
  for (let fd = 0; fd < 3; fd++) {
    const kind = kinds[fd] ?? 'pipe';
    if (kind === 'pipe' || kind === 'overlapped') letters += 'p';
    else if (kind === 'inherit' || kind === fd) letters += 'i';
    else if (kind === 'ignore' || kind === null) letters += 'n';
    else throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `child_process stdio ${String(kind)} is not implemented in Sable`);
  }
  return letters;
}

// The normalized file, arguments and options of spawn-like calls (args optional).
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw invalidArgValue('file', file, 'cannot be empty');
  validateNoNul(file, 'file');
  if (args === undefined || args === null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args === 'object' && options === undefined) [args, options] = [[], args];
    else throw invalidArgType('args', 'of type object', args);
  }
  args = args.map((value, index) => {
    const arg = `${value}`;
    validateNoNul(arg, `args[${index}]`);
    return arg;
  });
  options ??= {};
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  if (options.cwd !== undefined && options.cwd !== null) {
    options.cwd = String(options.cwd);
    validateNoNul(options.cwd, 'options.cwd');
  }
  let spawnFile = file;
  let spawnArgs = args;
  if (options.shell) {
    const command = [file, ...args].join(' ');
    spawnFile = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    spawnArgs = ['-c', command];
  }
  if (options.argv0 !== undefined) validateString(options.argv0, 'options.argv0');
  return { file: spawnFile, args: spawnArgs, options };
}

function environment(env) {
  if (env === undefined || env === null) return '';
  return Object.entries(env).filter(([, value]) => value !== undefined).map(([key, value]) => {
    const entry = `${key}=${value}`;
    validateNoNul(entry, 'options.env');
    return entry;
  }).join('\0');
}

function decode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function systemError(errno, code, syscall, path, spawnargs) {
  const error = new Error(`${syscall} ${code}`);
  Object.assign(error, { errno, code, syscall, path, spawnargs });
  return error;
}

function spawnSync(file, args, options) {
  ({ file, args, options } = normalizeSpawnArguments(file, args, options));
  let input = options.input;
  if (typeof input === 'string') input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
  else if (input !== undefined && !ArrayBuffer.isView(input)) {
    throw invalidArgType('options.stdio[0]', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  const timeout = options.timeout ?? 0;
  const maxBuffer = options.maxBuffer ?? 1024 * 1024;
  const killSignal = signalNumber(options.killSignal ?? 'SIGTERM');
  const argsText = args.join('\0');
  const [errno, status, signal, pid, stdout, stderr, errorName] = binding.spawn(file, argsText, options.cwd ?? '',
    environment(options.env), stdioKinds(options.stdio), input, timeout, killSignal, maxBuffer === Infinity ? -1 : maxBuffer);
  const result = { status: null, signal: null, output: null, pid, stdout: null, stderr: null };
  if (errno !== 0) result.error = systemError(errno, errorName, `spawnSync ${file}`, file, args);
  const spawned = !(errno !== 0 && pid === 0);
  if (spawned) {
    result.status = signal === 0 ? status : null;
    result.signal = signal === 0 ? null : signalNames[signal];
    const out = stdout === undefined ? null : decode(Buffer.from(stdout), options.encoding);
    const err = stderr === undefined ? null : decode(Buffer.from(stderr), options.encoding);
    result.output = [null, out, err];
    result.stdout = out;
    result.stderr = err;
  }
  if (!('error' in result)) return result;
  return { error: result.error, ...result };
}

// Throws for a failed run (spawn error, non-zero status or signal), with the result's fields.
function checkExecResult(result, command) {
  if (result.error) {
    const { error, ...rest } = result;
    throw Object.assign(error, { error }, rest);
  }
  if (result.status !== 0) {
    let message = `Command failed: ${command}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    throw Object.assign(new Error(message), result);
  }
}

// Without options.stdio, the child's piped stderr is also written to ours.
function echoStderr(result, options) {
  if (options.stdio === undefined && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
}

function execFileSync(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  const result = spawnSync(file, normalized.args, normalized.options);
  echoStderr(result, normalized.options);
  checkExecResult(result, [file, ...normalized.args].join(' '));
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options ??= {};
  const result = spawnSync(command, [], { ...options, shell: options.shell ?? true });
  echoStderr(result, options);
  checkExecResult(result, command);
  return result.stdout;
}

function notImplemented(name) {
  return { [name]() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `child_process.${name} is not implemented in Sable`);
  } }[name];
}

module.exports = {
  ChildProcess: notImplemented('ChildProcess'),
  exec: notImplemented('exec'),
  execFile: notImplemented('execFile'),
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn: notImplemented('spawn'),
  spawnSync,
};
