// os: the machine's identity, as values whose shape (not content) is stable across machines.
const os = require('os');
const fs = require('fs');

console.log('EOL:', JSON.stringify(os.EOL));
console.log('devNull:', os.devNull);
console.log('arch matches process.arch:', os.arch() === process.arch);
console.log('platform matches process.platform:', os.platform() === process.platform);
console.log('type:', os.type());
console.log('endianness:', os.endianness());
console.log('machine is a known name:', ['x86_64', 'aarch64', 'arm64', 'armv7l', 'riscv64', 's390x', 'ppc64le'].includes(os.machine()));
console.log('release is a string:', typeof os.release(), os.release().length > 0);
console.log('version is a string:', typeof os.version(), os.version().length > 0);
console.log('hostname is a string:', typeof os.hostname(), os.hostname().length > 0);
console.log('homedir is absolute:', os.homedir().startsWith('/'));
console.log('tmpdir exists:', fs.statSync(os.tmpdir()).isDirectory(), !os.tmpdir().endsWith('/'));
console.log('totalmem > freemem > 0:', os.totalmem() > os.freemem() && os.freemem() > 0);
console.log('uptime positive:', typeof os.uptime(), os.uptime() > 0);
const loads = os.loadavg();
console.log('loadavg:', Array.isArray(loads), loads.length, loads.every((load) => typeof load === 'number' && load >= 0));
console.log('availableParallelism:', Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
console.log('primitives:', `${os.platform}` === os.platform(), `${os.type}` === os.type(), `${os.EOL}`.length);
console.log('function lengths:', os.cpus.length, os.userInfo.length <= 1, typeof os.setPriority);
