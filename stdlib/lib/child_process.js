'use strict';
// node:child_process: spawn, exec, execFile and fork over ChildProcess (internal/child_process, the
// loop's process handles), and the synchronous functions (spawnSync, execSync, execFileSync)
// over internalBinding('spawn_sync'); fork adds an IPC channel (internal/ipc_channel).

const binding = internalBinding('spawn_sync');
const { Buffer } = require('buffer');
const { abortError, codedError, invalidArgType, invalidArgValue, outOfRange, validateFunction, validateString } =
  require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { ChildProcess, normalizeStdio, signalNumber, signalNames } = require('internal/child_process');

function validateNoNul(value, name) {
  if (value.includes('\0')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' must be a string without null bytes. Received ${inspect(value)}`);
  }
}

// options.stdio (normalized as spawn does) as spawn_sync's per-fd letters for fds 0-2: p pipe,
// i inherit, n ignore; what else the synchronous binding cannot do throws.
function stdioKinds(stdio) {
  return normalizeStdio(stdio).map((entry, fd) => {
    if (fd > 2 && entry.kind === 'ignore') return '';
    if (entry.kind === 'pipe' && fd <= 2) return 'p';
    if (entry.kind === 'ignore') return 'n';
    if (entry.kind === 'fd' && entry.fd === fd) return 'i';
    const what = entry.kind === 'fd' ? `fd ${entry.fd} for fd ${fd}` : `${entry.kind} for fd ${fd}`;
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `child_process.spawnSync stdio ${what} is not implemented in Sable`);
  }).join('');
}

// options.cwd as a path: a string, the bytes of one, or a file: URL.
function cwdPath(cwd) {
  let path = cwd;
  if (cwd instanceof URL) path = require('url').fileURLToPath(cwd);
  else if (cwd instanceof Uint8Array) path = Buffer.from(cwd).toString();
  else if (typeof cwd !== 'string') throw invalidArgType('options.cwd', 'of type string or an instance of Buffer or URL', cwd);
  if (path.includes('\0')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The property 'options.cwd' must be a string, Uint8Array, or URL without null bytes. Received ${inspect(path)}`);
  }
  return path;
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
  if (options.cwd !== undefined && options.cwd !== null) options.cwd = cwdPath(options.cwd);
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

// The child's environment as NUL-separated KEY=value entries (undefined: ours, as it is then).
function environment(env) {
  if (env === undefined || env === null) return undefined;
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
  const argsText = [options.argv0 ?? file, ...args].join('\0');
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

function validateTimeout(timeout) {
  if (timeout !== undefined && timeout !== null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw outOfRange('timeout', 'an unsigned integer', timeout);
  }
}

function validateAbortSignal(signal) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
}

function spawn(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  options = normalized.options;
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal);
  const killSignal = signalNumber(options.killSignal ?? 'SIGTERM');
  const child = new ChildProcess();
  child.spawn({
    file: normalized.file,
    args: [options.argv0 ?? normalized.file, ...normalized.args],
    cwd: options.cwd,
    env: environment(options.env),
    stdio: options.stdio,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
  });
  if (options.timeout > 0) {
    const timer = setTimeout(() => {
      try {
        child.kill(killSignal);
      } catch (error) {
        child.emit('error', error);
      }
    }, options.timeout);
    child.once('exit', () => clearTimeout(timer));
  }
  const { signal } = options;
  if (signal !== undefined) {
    const onAbort = () => {
      if (child.kill(killSignal)) child.emit('error', abortError({ cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// execFile(file[, args][, options][, callback]): the child's output, collected.
function execFile(file, args, options, callback) {
  if (typeof args === 'function') [args, options, callback] = [undefined, undefined, args];
  else if (typeof options === 'function') [options, callback] = [undefined, options];
  if (args !== undefined && args !== null && !Array.isArray(args)) [args, options] = [undefined, args];
  if (callback !== undefined) validateFunction(callback, 'callback');
  options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...options };
  validateTimeout(options.timeout);
  if (typeof options.maxBuffer !== 'number' || !(options.maxBuffer >= 0)) {
    throw outOfRange('options.maxBuffer', 'a positive number', options.maxBuffer);
  }
  const child = spawn(file, args, { ...options, timeout: undefined });
  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const output = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  const cmd = [file, ...(args ?? [])].join(' ');
  let failure = null;
  let timedOut = false;
  let finished = false;
  let timer = null;

  function collected(name) {
    const buffer = Buffer.concat(output[name]);
    return encoding ? buffer.toString(encoding) : buffer;
  }

  function finish(code, signal) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    if (callback === undefined) return;
    const stdout = collected('stdout');
    const stderr = collected('stderr');
    let error = failure;
    if (error !== null) {
      error.cmd = cmd;
    } else if (code !== 0 || signal !== null) {
      error = new Error(`Command failed: ${cmd}\n${stderr}`);
      error.code = code;
      error.killed = child.killed || timedOut;
      error.signal = signal;
      error.cmd = cmd;
    }
    callback(error, stdout, stderr);
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    try {
      child.kill(options.killSignal);
    } catch (error) {
      failure ??= error;
      finish(null, null);
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeout);
  }
  for (const name of ['stdout', 'stderr']) {
    child[name]?.on('data', (chunk) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const room = options.maxBuffer - lengths[name];
      output[name].push(bytes.length > room ? bytes.subarray(0, Math.max(room, 0)) : bytes);
      lengths[name] += bytes.length;
      if (lengths[name] > options.maxBuffer && failure === null) {
        failure = codedError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
        kill();
      }
    });
  }
  child.addListener('close', finish);
  child.addListener('error', (error) => {
    failure ??= error;
    child.stdout?.destroy();
    child.stderr?.destroy();
    finish(null, null);
  });
  return child;
}

// exec(command[, options][, callback]): the command run by the shell.
function exec(command, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateString(command, 'command');
  options = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  const child = execFile(command, [], options, callback);
  return child;
}

// util.promisify(exec/execFile): { stdout, stderr }, or the error with them; `child` on the promise.
function promisifiedOutput(run) {
  return function (...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = run(...args, (error, stdout, stderr) => {
        if (error !== null) {
          error.stdout = stdout;
          error.stderr = stderr;
          reject(error);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, kPromisifyCustom, { enumerable: false, value: promisifiedOutput(exec) });
Object.defineProperty(execFile, kPromisifyCustom, { enumerable: false, value: promisifiedOutput(execFile) });

// fork(modulePath[, args][, options]): a child running modulePath with this executable, and an
// IPC channel to it.
function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    throw invalidArgType('modulePath', 'of type string or an instance of URL', modulePath);
  }
  const path = modulePath instanceof URL ? require('url').fileURLToPath(modulePath) : modulePath;
  validateNoNul(path, 'modulePath');
  if (args !== undefined && args !== null && !Array.isArray(args)) [args, options] = [[], args];
  options = { ...options };
  if (options.serialization !== undefined && options.serialization !== 'json') {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `child_process.fork serialization '${options.serialization}' is not implemented in Sable`);
  }
  let stdio = options.stdio ?? (options.silent ? 'pipe' : 'inherit');
  if (typeof stdio === 'string') stdio = stdio === 'inherit' ? [0, 1, 2, 'ipc'] : [stdio, stdio, stdio, 'ipc'];
  else if (!stdio.includes('ipc')) throw codedError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  const execArgv = options.execArgv ?? process.execArgv;
  return spawn(options.execPath ?? process.execPath, [...execArgv, path, ...(args ?? [])], { ...options, stdio, shell: false });
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
