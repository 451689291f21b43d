'use strict';
// process.report: getReport's sections and header, the JavaScript stack, settings and their
// checks, writeReport to a file.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { report } = process;
console.log(Object.keys(report));
console.log(report.directory, JSON.stringify(report.filename), report.compact, report.excludeNetwork, report.signal,
  report.reportOnFatalError, report.reportOnSignal, report.reportOnUncaughtException);

const sections = ['header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage', 'libuv', 'workers',
  'environmentVariables', 'userLimits', 'sharedObjects'];
const data = report.getReport(new Error('boom'));
console.log(sections.map((name) => `${name}:${typeof data[name]}`).join(' '));
const { header } = data;
console.log(header.reportVersion, header.event, header.trigger, header.filename, header.processId === process.pid,
  header.threadId, header.cwd === process.cwd(), header.nodejsVersion === process.version, header.wordSize,
  header.arch === process.arch, header.platform, header.osName === os.type(), header.host === os.hostname(),
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(header.dumpEventTime), typeof header.dumpEventTimeStamp,
  Array.isArray(header.cpus), header.cpus.length === os.cpus().length, Array.isArray(header.networkInterfaces));
console.log(data.javascriptStack.message, data.javascriptStack.stack[0].startsWith('at '),
  data.javascriptStack.stack[0].includes('process_report_basic.js'), data.javascriptStack.errorProperties);
const withProperties = Object.assign(new Error('coded'), { code: 'E_TEST', count: 3 });
console.log(report.getReport(withProperties).javascriptStack.errorProperties);
const synthetic = report.getReport().javascriptStack;
console.log(synthetic.message, synthetic.stack.some((line) => line.includes('process_report_basic.js')));
console.log(data.environmentVariables.PATH === process.env.PATH, Array.isArray(data.libuv),
  data.libuv.every((handle) => typeof handle.type === 'string' && typeof handle.is_active === 'boolean'),
  typeof data.resourceUsage.userCpuSeconds, data.resourceUsage.rss > 0, Array.isArray(data.sharedObjects),
  data.userLimits.open_files !== undefined, Array.isArray(data.workers));
report.excludeNetwork = true;
console.log(report.getReport().header.networkInterfaces, report.excludeNetwork);
report.excludeNetwork = false;

for (const [name, value] of [['compact', 1], ['directory', 1], ['filename', {}], ['signal', 'SIGNOPE'], ['signal', 2],
  ['excludeNetwork', 'yes'], ['reportOnSignal', 1]]) {
  try {
    report[name] = value;
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
for (const value of [1, 'x', null]) {
  try {
    report.getReport(value);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
report.signal = 'SIGUSR1';
report.compact = true;
console.log(report.signal, report.compact);
report.compact = false;
report.reportOnFatalError = false;

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
try {
  const target = path.join(directory, 'out.json');
  console.log(report.writeReport(target) === target);
  const written = JSON.parse(fs.readFileSync(target, 'utf8'));
  console.log(written.header.trigger, written.header.filename === target, written.header.processId === process.pid);
  try {
    report.writeReport(1);
  } catch (error) {
    console.log(error.code, error.message);
  }
} finally {
  fs.rmSync(directory, { recursive: true });
}
