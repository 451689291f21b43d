'use strict';
// ChildProcess: a child on the loop (internalBinding('process_wrap')), with its standard streams
// as net.Sockets over pipes and, for fork, an IPC channel (internal/ipc_channel). 'exit' comes
// when the child ends; 'close' once it has ended, every stream it writes to (stdout, stderr,
// further pipes) is closed and the channel is disconnected.

const EventEmitter = require('events');
const binding = internalBinding('process_wrap');
const { signals } = internalBinding('spawn_sync');
const { codedError, errnoException, invalidArgType, invalidArgValue, uvErrorName } = require('internal/errors');

const signalNames = Object.fromEntries(Object.entries(signals).map(([name, number]) => [number, name]));

// A signal's number from its name or number.
function signalNumber(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string' && signals[signal] !== undefined) return signals[signal];
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
}

// Spawn failures reported through 'error' (the others are thrown).
const reportedSpawnErrors = new Set(['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT']);

// options.stdio as one entry per fd: { kind: 'pipe' | 'ignore' | 'fd', fd }.
function normalizeStdio(stdio = 'pipe') {
  let entries = stdio;
  if (typeof stdio === 'string') {
    if (!['pipe', 'overlapped', 'ignore', 'inherit'].includes(stdio)) throw invalidArgValue('stdio', stdio);
    entries = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw invalidArgValue('stdio', stdio);
  }
  entries = [...entries];
  while (entries.length < 3) entries.push(undefined);
  return entries.map((entry, fd) => {
    if (entry === undefined || entry === null) return { kind: fd < 3 ? 'pipe' : 'ignore' };
    if (entry === 'pipe' || entry === 'overlapped') return { kind: 'pipe' };
    if (entry === 'ignore') return { kind: 'ignore' };
    if (entry === 'inherit') return { kind: 'fd', fd };
    if (typeof entry === 'number') return { kind: 'fd', fd: entry };
    if (entry === 'ipc') return { kind: 'ipc' };
    const streamFd = entry?._handle?.fd ?? entry?.fd;
    if (typeof streamFd === 'number' && streamFd >= 0) return { kind: 'fd', fd: streamFd };
    throw invalidArgValue('stdio', entry);
  });
}

// The child's environment with the IPC channel's fd, for a channel on stdio[fd].
function environmentWithChannel(env, fd) {
  const base = env ?? Object.entries(process.env).map(([key, value]) => `${key}=${value}`).join('\0');
  return `${base}${base === '' ? '' : '\0'}NODE_CHANNEL_FD=${fd}\0NODE_CHANNEL_SERIALIZATION_MODE=json`;
}

function createStdioSocket(pipe, fd) {
  const { Socket } = require('net');
  return new Socket({ handle: pipe, readable: fd !== 0, writable: fd === 0 });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  // options: { file, args (argv, its first entry argv[0]), cwd, env (NUL-separated KEY=value
  // entries; undefined: ours), stdio, detached, uid, gid }.
  spawn(options) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    const stdio = normalizeStdio(options.stdio);
    const ipcFd = stdio.findIndex((entry) => entry.kind === 'ipc');
    if (ipcFd !== stdio.findLastIndex((entry) => entry.kind === 'ipc')) {
      throw codedError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
    }
    const { Pipe } = require('internal/stream_handles');
    for (const entry of stdio) if (entry.kind === 'pipe' || entry.kind === 'ipc') entry.pipe = new Pipe();
    const env = ipcFd === -1 ? options.env : environmentWithChannel(options.env, ipcFd);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const [error, pid, id] = binding.spawn(this, options.file, options.args.join('\0'), options.cwd ?? '', env,
      stdio.map((entry) => (entry.pipe ? { pipe: entry.pipe._id } : entry.kind === 'fd' ? entry.fd : null)),
      Boolean(options.detached), options.uid ?? -1, options.gid ?? -1);
    this._handle = id;
    if (error !== 0) {
      binding.close(id);
      this._handle = null;
      for (const entry of stdio) entry.pipe?.close();
      const [code] = uvErrorName(error);
      if (!reportedSpawnErrors.has(code)) throw errnoException(error, 'spawn');
      process.nextTick(() => this.onexit(error, 0));
    } else {
      this.pid = pid;
      process.nextTick(() => this.emit('spawn'));
    }
    // As in Node, a child that could not start still has its stream objects (already ended).
    const streams = stdio.map((entry, fd) => {
      if (entry.kind !== 'pipe') return null;
      const stream = error === 0 ? createStdioSocket(entry.pipe, fd) : endedStream();
      if (fd > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      return stream;
    });
    this.stdin = streams[0] ?? null;
    this.stdout = streams[1] ?? null;
    this.stderr = streams[2] ?? null;
    this.stdio = streams;
    if (ipcFd !== -1 && error === 0) {
      require('internal/ipc_channel').setupChannel(this, stdio[ipcFd].pipe, true);
      this._closesNeeded++;
      this.once('disconnect', () => maybeClose(this));
    }
    return error;
  }

  // From the loop: the child ended (exitStatus, termSignal), or could not start (a negative
  // libuv error, from spawn).
  onexit(exitStatus, termSignal) {
    if (termSignal) this.signalCode = signalNames[termSignal] ?? termSignal;
    else this.exitCode = exitStatus;
    this.stdin?.destroy();
    if (this._handle !== null) {
      binding.close(this._handle);
      this._handle = null;
    }
    if (exitStatus < 0) {
      const error = errnoException(exitStatus, `spawn ${this.spawnfile}`);
      error.path = this.spawnfile;
      error.spawnargs = this.spawnargs.slice(1);
      this.emit('error', error);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Streams nobody reads are drained, so that they end and 'close' can come.
    process.nextTick(() => {
      for (const stream of this.stdio ?? []) {
        if (stream && stream.readable && !stream.readableFlowing && stream.listenerCount('data') === 0) stream.resume();
      }
    });
    maybeClose(this);
  }

  kill(signal = 'SIGTERM') {
    const number = signal === 0 ? 0 : signalNumber(signal);
    if (this._handle === null) return false;
    const error = binding.kill(this._handle, number);
    if (error === 0) {
      this.killed = true;
      return true;
    }
    const [code] = uvErrorName(error);
    if (code === 'EINVAL' || code === 'ENOSYS') throw errnoException(error, 'kill');
    if (code !== 'ESRCH') this.emit('error', errnoException(error, 'kill'));
    return false;
  }

  ref() {
    if (this._handle !== null) binding.ref(this._handle);
  }

  unref() {
    if (this._handle !== null) binding.unref(this._handle);
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

function endedStream() {
  const { Readable } = require('stream');
  const stream = new Readable({ read() {} });
  stream.push(null);
  return stream;
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

module.exports = { ChildProcess, normalizeStdio, signalNumber, signalNames };
