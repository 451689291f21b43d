// os.userInfo, os.cpus and os.networkInterfaces: shapes and types.
const os = require('os');

const info = os.userInfo();
console.log('userInfo keys:', Object.keys(info).join(' '));
console.log('userInfo prototype:', Object.getPrototypeOf(info));
console.log('uid/gid numbers:', typeof info.uid, typeof info.gid);
console.log('username string:', typeof info.username, info.username.length > 0);
console.log('homedir absolute:', info.homedir.startsWith('/'));
console.log('shell:', info.shell === null || typeof info.shell === 'string');
console.log('matches process:', info.uid === process.getuid(), info.gid === process.getgid());

const cpus = os.cpus();
console.log('cpus is a non-empty array:', Array.isArray(cpus), cpus.length > 0);
console.log('cpu keys:', Object.keys(cpus[0]).join(' '));
console.log('times keys:', Object.keys(cpus[0].times).join(' '));
console.log('types:', typeof cpus[0].model, typeof cpus[0].speed,
  Object.values(cpus[0].times).every((time) => Number.isInteger(time) && time >= 0));

const interfaces = os.networkInterfaces();
console.log('interfaces is an object:', typeof interfaces, Object.getPrototypeOf(interfaces) === Object.prototype);
const loopback = interfaces.lo ?? [];
for (const entry of loopback) {
  console.log('lo', entry.family, entry.address, entry.netmask, entry.mac, entry.internal, entry.cidr,
    entry.scopeid, Object.keys(entry).join(' '));
}
for (const [name, entries] of Object.entries(interfaces)) {
  for (const entry of entries) {
    const ok = typeof entry.address === 'string' && (entry.family === 'IPv4' || entry.family === 'IPv6') &&
      /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(entry.mac) && typeof entry.internal === 'boolean' &&
      entry.cidr.startsWith(entry.address + '/') && (entry.family === 'IPv4') === (entry.scopeid === undefined);
    if (!ok) console.log('unexpected entry on', name);
  }
}
console.log('all entries well formed');
