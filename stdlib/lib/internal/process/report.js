'use strict';
// process.report: a diagnostic report of the process as JSON (Node's report format, version 4),
// with what Sable knows: the header (process, versions, OS, CPUs, network interfaces), the
// JavaScript stack of an error or of the call, memory and resource usage, the loop's handles,
// the environment, resource limits and loaded shared objects. Sable has no native stack, heap
// spaces or worker threads to describe: those sections are empty. Reports on signals, fatal
// errors and uncaught exceptions are not implemented.

const os = require('os');
const fs = require('fs');
const path = require('path');
const { codedError, invalidArgType } = require('internal/errors');
const { handles } = internalBinding('process_methods');

const kReportVersion = 4;

function notImplemented(what) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in Sable yet`);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

const settings = { directory: '', filename: '', compact: false, excludeNetwork: false, signal: 'SIGUSR2' };

// "at f (file:1:2)" lines of a stack, without the message line.
function stackFrames(stack) {
  return String(stack ?? '').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('at '));
}

// The JavaScript stack of `error`; without one, `callStack` (an Error made by the report method
// called) stands for the call, as Node's synthetic ERR_SYNTHETIC error.
function javascriptStack(error, callStack) {
  if (error === undefined) {
    return {
      message: 'Error [ERR_SYNTHETIC]: JavaScript Callstack',
      stack: stackFrames(callStack.stack),
      errorProperties: { code: 'ERR_SYNTHETIC' },
    };
  }
  const errorProperties = {};
  for (const key of Object.keys(error)) errorProperties[key] = String(error[key]);
  const header = String(error.stack ?? '').split('\n')[0] || `${error.name}: ${error.message}`;
  return { message: header, stack: stackFrames(error.stack), errorProperties };
}

// /proc/self/limits as Node names its rows: { soft, hard } with "unlimited" for no limit.
function userLimits() {
  const names = {
    'Max core file size': 'core_file_size_blocks', 'Max data size': 'data_seg_size_bytes',
    'Max file size': 'file_size_blocks', 'Max locked memory': 'max_locked_memory_bytes',
    'Max resident set': 'max_memory_size_bytes', 'Max open files': 'open_files',
    'Max stack size': 'stack_size_bytes', 'Max cpu time': 'cpu_time_seconds',
    'Max processes': 'max_user_processes', 'Max address space': 'virtual_memory_bytes',
  };
  const limits = {};
  let text = '';
  try {
    text = fs.readFileSync('/proc/self/limits', 'latin1');
  } catch {
    return limits;
  }
  for (const line of text.split('\n')) {
    const name = Object.keys(names).find((prefix) => line.startsWith(prefix));
    if (name === undefined) continue;
    const [soft, hard] = line.slice(name.length).trim().split(/\s+/);
    const value = (field) => (field === 'unlimited' ? field : Number(field));
    limits[names[name]] = { soft: value(soft), hard: value(hard) };
  }
  return limits;
}

// The shared objects mapped into the process (/proc/self/maps), each once.
function sharedObjects() {
  let text = '';
  try {
    text = fs.readFileSync('/proc/self/maps', 'latin1');
  } catch {
    return [];
  }
  const objects = new Set();
  for (const line of text.split('\n')) {
    const file = line.split(/\s+/)[5];
    if (file !== undefined && /\.so(\.|$)/.test(file)) objects.add(file);
  }
  return [...objects];
}

function resourceUsage() {
  const usage = process.resourceUsage();
  const uptime = process.uptime();
  const user = usage.userCPUTime / 1e6;
  const kernel = usage.systemCPUTime / 1e6;
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    constrained_memory: process.constrainedMemory(),
    available_memory: process.availableMemory(),
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: ((user + kernel) / uptime) * 100,
    userCpuConsumptionPercent: (user / uptime) * 100,
    kernelCpuConsumptionPercent: (kernel / uptime) * 100,
    maxRss: usage.maxRSS * 1024,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

function header(event, trigger, filename, time) {
  const fields = {
    reportVersion: kReportVersion,
    event,
    trigger,
    filename,
    dumpEventTime: time.toISOString().replace(/\.\d+Z$/, 'Z'),
    dumpEventTimeStamp: String(time.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map(({ model, speed, times }) => ({ model, speed, ...times })),
    networkInterfaces: undefined,
    host: os.hostname(),
  };
  // With excludeNetwork, the interfaces are left out altogether.
  if (settings.excludeNetwork) {
    delete fields.networkInterfaces;
  } else {
    fields.networkInterfaces = Object.entries(os.networkInterfaces())
      .flatMap(([name, addresses]) => addresses.map(({ address, netmask, family, mac, internal }) =>
        ({ name, internal, mac, address, netmask, family })));
  }
  return fields;
}

function makeReport(error, callStack, trigger, filename) {
  const memory = process.memoryUsage();
  return {
    header: header('JavaScript API', trigger, filename, new Date()),
    javascriptStack: javascriptStack(error, callStack),
    javascriptHeap: { totalMemory: memory.heapTotal, usedMemory: memory.heapUsed, externalMemory: memory.external },
    nativeStack: [],
    resourceUsage: resourceUsage(),
    libuv: handles().map(([type, isActive, isReferenced, address]) =>
      ({ type, is_active: isActive, is_referenced: isReferenced, address })),
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: userLimits(),
    sharedObjects: sharedObjects(),
  };
}

function validateError(error) {
  if (error !== undefined && (error === null || typeof error !== 'object')) {
    throw invalidArgType('err', 'of type object', error);
  }
}

let reportSequence = 0;

// report.YYYYMMDD.HHMMSS.pid.thread.sequence.json, as Node names reports.
function defaultReportName() {
  const now = new Date();
  const two = (number) => String(number).padStart(2, '0');
  const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `report.${date}.${time}.${process.pid}.0.${String(++reportSequence).padStart(3, '0')}.json`;
}

const report = {
  // writeReport ( [filename] [, err] ): writes the report to `filename` (else report.directory/
  // report.filename, else a new report.*.json in the working directory), or to standard output
  // or error for 'stdout' and 'stderr'; returns the file's name.
  writeReport(file, error) {
    if (typeof file === 'object' && file !== null) {
      error = file;
      file = undefined;
    } else if (file !== undefined && typeof file !== 'string') {
      throw invalidArgType('file', 'of type string', file);
    }
    validateError(error);
    const name = file ?? (settings.filename || defaultReportName());
    const data = makeReport(error, new Error('JavaScript Callstack'), 'API', name);
    const json = JSON.stringify(data, null, settings.compact ? 0 : 2) + '\n';
    if (name === 'stdout' || name === 'stderr') {
      process[name].write(json);
      return name;
    }
    const target = path.isAbsolute(name) || settings.directory === '' ? name : path.join(settings.directory, name);
    process.stderr.write(`\nWriting Node.js report to file: ${name}\n`);
    fs.writeFileSync(target, json);
    process.stderr.write('Node.js report completed\n');
    return name;
  },

  getReport(error) {
    validateError(error);
    return makeReport(error, new Error('JavaScript Callstack'), 'GetReport', null);
  },
};

for (const [name, validate] of [
  ['directory', (value) => { if (typeof value !== 'string') throw invalidArgType('directory', 'of type string', value); }],
  ['filename', (value) => { if (typeof value !== 'string') throw invalidArgType('filename', 'of type string', value); }],
  ['compact', (value) => validateBoolean(value, 'compact')],
  ['excludeNetwork', (value) => validateBoolean(value, 'excludeNetwork')],
  ['signal', (value) => {
    if (typeof value !== 'string') throw invalidArgType('signal', 'of type string', value);
    if (!Object.hasOwn(os.constants.signals, value)) {
      throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${value}`);
    }
  }],
]) {
  Object.defineProperty(report, name, {
    enumerable: true,
    configurable: true,
    get() { return settings[name]; },
    set(value) {
      validate(value);
      settings[name] = value;
    },
  });
}

// Reports written on their own: only "off" is available.
for (const name of ['reportOnFatalError', 'reportOnSignal', 'reportOnUncaughtException']) {
  Object.defineProperty(report, name, {
    enumerable: true,
    configurable: true,
    get() { return false; },
    set(value) {
      validateBoolean(value, 'trigger');
      if (value) throw notImplemented(`process.report.${name}`);
    },
  });
}

module.exports = { report };
