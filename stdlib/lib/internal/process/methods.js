'use strict';
// The process methods over internalBinding('process_methods'): credentials (read and set),
// umask, resourceUsage, cpuUsage, memory limits, kill, and signal events (a uv_signal watcher
// runs while a signal has listeners, and keeps the loop alive).

const binding = internalBinding('process_methods');
const { signals } = internalBinding('os');
const { codedError, invalidArgType, uvErrorName, validateInteger } = require('internal/errors');
// internal/fs/utils (and with it buffer) is loaded only when a method needs it, not at start-up.
const fsUtils = () => require('internal/fs/utils');

// The signal number of a name ('SIGTERM') or number.
function signalNumber(signal) {
  if (typeof signal === 'number') return signal;
  if (typeof signal === 'string' && Object.hasOwn(signals, signal)) return signals[signal];
  const error = new TypeError(`Unknown signal: ${signal}`);
  error.code = 'ERR_UNKNOWN_SIGNAL';
  throw error;
}

function kill(pid, signal = 'SIGTERM') {
  if (typeof pid !== 'number' || pid !== pid) throw invalidArgType('pid', 'of type number', pid);
  const result = binding.kill(pid, signalNumber(signal));
  if (result < 0) throw fsUtils().errnoException(result, 'kill');
  return true;
}

function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  return binding.umask(fsUtils().parseMode(mask, 'mask'));
}

const kUsageNames = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize', 'unsharedStackSize',
  'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived',
  'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches',
];

function resourceUsage() {
  const fields = binding.resourceUsage();
  if (typeof fields === 'number') throw fsUtils().uvException(fields, 'uv_getrusage');
  const usage = {};
  kUsageNames.forEach((name, index) => { usage[name] = fields[index]; });
  return usage;
}

// cpuUsage ( [previous] ): user and system CPU time in microseconds, since `previous` if given.
function cpuUsage(previous) {
  const [user, system] = binding.resourceUsage();
  if (previous === undefined) return { user, system };
  if (typeof previous !== 'object' || previous === null) throw invalidArgType('prevValue', 'of type object', previous);
  for (const name of ['user', 'system']) {
    const value = previous[name];
    if (typeof value !== 'number') throw invalidArgType(`prevValue.${name}`, 'of type number', value);
    if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
      const error = new RangeError(`The property 'prevValue.${name}' is invalid. Received ${value}`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
  }
  return { user: user - previous.user, system: system - previous.system };
}

function getgroups() {
  const groups = binding.getgroups();
  if (typeof groups === 'number') throw fsUtils().uvException(groups, 'getgroups');
  const effective = binding.getegid();
  return groups.includes(effective) ? groups : [...groups, effective];
}

// A user or group id: a number in [0, 2^32 - 1] or a name known to the system.
function validateId(id, name) {
  if (typeof id === 'number') {
    validateInteger(id, name, 0, 2 ** 32 - 1);
  } else if (typeof id !== 'string') {
    throw invalidArgType(name, 'one of type number or string', id);
  }
}

function unknownCredential(kind, id) {
  return codedError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${kind} identifier does not exist: ${id}`);
}

// The numeric id of a validated user or group id (a name is looked up).
function resolveId(id, kind) {
  if (typeof id === 'number') return id;
  const number = kind === 'User' ? binding.userId(id) : binding.groupId(id);
  if (number < 0) throw unknownCredential(kind, id);
  return number;
}

// The old style of error these calls throw: "EPERM, Operation not permitted", errno positive.
function credentialError(result, syscall) {
  const [code] = uvErrorName(result);
  const error = new Error(`${code}, ${binding.strerror(-result)}`);
  error.errno = -result;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// setuid, setgid, seteuid and setegid, by their index in binding.setCredential.
function credentialSetter(which, syscall, kind) {
  const setter = function (id) {
    validateId(id, 'id');
    const result = binding.setCredential(which, resolveId(id, kind));
    if (result < 0) throw credentialError(result, syscall);
  };
  return Object.defineProperty(setter, 'name', { value: syscall });
}

function setgroups(groups) {
  if (!Array.isArray(groups)) throw invalidArgType('groups', 'an instance of Array', groups);
  groups.forEach((group, index) => validateId(group, `groups[${index}]`));
  const result = binding.setGroups(groups.map((group) => resolveId(group, 'Group')));
  if (result < 0) throw credentialError(result, 'setgroups');
}

// initgroups ( user, extraGroup ): the groups of `user` (a name, or a uid whose name is looked
// up) and `extraGroup`.
function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  let userName = user;
  if (typeof user === 'number') {
    userName = binding.userName(user);
    if (userName === undefined) throw unknownCredential('User', user);
  }
  const result = binding.initGroups(userName, resolveId(extraGroup, 'Group'));
  if (result < 0) throw credentialError(result, 'initgroups');
}

// _kill ( pid, signal ): kill without checks, returning 0 or the negative error number.
function rawKill(pid, signal) {
  return binding.kill(pid, signal);
}

function constrainedMemory() {
  return binding.constrainedMemory();
}

// availableMemory ( ): what the process may still allocate: below its cgroup limit when it has
// one (smaller than the machine's memory), else the system's free memory.
function availableMemory() {
  const os = require('os');
  const limit = binding.constrainedMemory();
  if (limit === 0 || limit > os.totalmem()) return os.freemem();
  const used = cgroupMemoryUsage();
  if (used === undefined) return os.freemem();
  return used > limit ? 0 : limit - used;
}

// The memory the process's cgroup uses (cgroup v2, else v1), if the system says.
function cgroupMemoryUsage() {
  const { readFileSync } = require('fs');
  for (const file of ['/sys/fs/cgroup/memory.current', '/sys/fs/cgroup/memory/memory.usage_in_bytes']) {
    try {
      return Number(readFileSync(file, 'latin1').trim());
    } catch {
      // Not this cgroup version.
    }
  }
  return undefined;
}

// Watches signal `name` while `proc` has listeners for it.
function installSignalEvents(proc) {
  const watchers = new Map(); // name → watcher id
  proc.on('newListener', (name) => {
    if (typeof name !== 'string' || !Object.hasOwn(signals, name) || watchers.has(name)) return;
    const id = binding.startSignal(signals[name], () => proc.emit(name, name, signals[name]));
    if (id < 0) throw fsUtils().uvException(id, 'uv_signal_start');
    watchers.set(name, id);
  });
  proc.on('removeListener', (name) => {
    if (!watchers.has(name) || proc.listenerCount(name) > 0) return;
    binding.stopSignal(watchers.get(name));
    watchers.delete(name);
  });
}

function install(proc) {
  Object.assign(proc, {
    getuid: () => binding.getuid(),
    getgid: () => binding.getgid(),
    geteuid: () => binding.geteuid(),
    getegid: () => binding.getegid(),
    getgroups,
    setuid: credentialSetter(0, 'setuid', 'User'),
    setgid: credentialSetter(1, 'setgid', 'Group'),
    seteuid: credentialSetter(2, 'seteuid', 'User'),
    setegid: credentialSetter(3, 'setegid', 'Group'),
    setgroups,
    initgroups,
    umask,
    kill,
    _kill: rawKill,
    availableMemory,
    constrainedMemory,
    resourceUsage,
    cpuUsage,
  });
  installSignalEvents(proc);
}

module.exports = { install };
