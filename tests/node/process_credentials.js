// process.getuid/getgid/geteuid/getegid/getgroups, umask, resourceUsage and cpuUsage.
const fs = require('fs');
const os = require('os');
const path = require('path');

console.log('ids are integers:', [process.getuid(), process.getgid(), process.geteuid(), process.getegid()].every(Number.isInteger));
console.log('uid matches a new file:', (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
  fs.writeFileSync(path.join(dir, 'f'), '');
  const stats = fs.statSync(path.join(dir, 'f'));
  fs.rmSync(dir, { recursive: true });
  return stats.uid === process.geteuid();
})());
const groups = process.getgroups();
console.log('getgroups:', Array.isArray(groups), groups.every(Number.isInteger), groups.includes(process.getegid()));

const original = process.umask();
console.log('umask read twice same:', process.umask() === original);
console.log('umask set returns old:', process.umask(0o027) === original);
console.log('umask now:', process.umask().toString(8));
console.log('umask string:', process.umask('077').toString(8), process.umask().toString(8));
for (const bad of ['8', 'abc', -1, 1.5]) {
  try {
    process.umask(bad);
  } catch (error) {
    console.log('umask', JSON.stringify(bad), error.code);
  }
}
process.umask(original);

const usage = process.resourceUsage();
console.log('resourceUsage keys:', Object.keys(usage).join(' '));
console.log('resourceUsage numbers:', Object.values(usage).every((value) => typeof value === 'number' && value >= 0));
console.log('maxRSS positive:', usage.maxRSS > 0);

const first = process.cpuUsage();
console.log('cpuUsage keys:', Object.keys(first).join(' '));
let spin = 0;
for (let i = 0; i < 1e6; i++) spin += i;
const delta = process.cpuUsage(first);
console.log('cpuUsage delta non-negative:', delta.user >= 0 && delta.system >= 0, spin > 0);
console.log('cpuUsage total grows:', process.cpuUsage().user >= first.user);
for (const bad of [5, { user: -1, system: 0 }, { user: 'x', system: 0 }]) {
  try {
    process.cpuUsage(bad);
  } catch (error) {
    console.log('cpuUsage bad:', error.code, error.message);
  }
}
