'use strict';
// The process methods over internalBinding('process_methods'): credentials, umask,
// resourceUsage, cpuUsage, kill, and signal events (a uv_signal watcher runs while a signal
// has listeners, and keeps the loop alive).

const binding = internalBinding('process_methods');
const { signals } = internalBinding('os');
const { invalidArgType } = require('internal/errors');
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
    umask,
    kill,
    resourceUsage,
    cpuUsage,
  });
  installSignalEvents(proc);
}

module.exports = { install };
