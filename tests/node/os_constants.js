// os.constants (signals, errno, priority, dlopen) and getPriority/setPriority.
const os = require('os');

const { constants } = os;
console.log('keys:', Object.keys(constants).join(' '));
console.log('null prototype:', Object.getPrototypeOf(constants));
console.log('signals:', Object.entries(constants.signals).map(([name, number]) => `${name}=${number}`).join(' '));
console.log('errno count:', Object.keys(constants.errno).length);
for (const name of ['ENOENT', 'EACCES', 'EEXIST', 'EINVAL', 'EPERM', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EAGAIN', 'EWOULDBLOCK'])
  console.log(name, constants.errno[name]);
console.log('priority:', constants.priority);
console.log('dlopen:', constants.dlopen);
console.log('UV_UDP_REUSEADDR:', constants.UV_UDP_REUSEADDR);

const before = os.getPriority();
console.log('getPriority is an integer:', Number.isInteger(before));
console.log('getPriority(0) same:', os.getPriority(0) === before);
console.log('getPriority(pid) same:', os.getPriority(process.pid) === before);
os.setPriority(before);
console.log('setPriority to the same value:', os.getPriority() === before);
for (const [label, action] of [
  ['priority too high', () => os.setPriority(0, 20)],
  ['priority not a number', () => os.setPriority(0, 'high')],
  ['pid not an integer', () => os.getPriority(1.5)],
  ['pid not a number', () => os.getPriority('x')],
]) {
  try {
    action();
    console.log(label, 'accepted');
  } catch (error) {
    console.log(label, error.code, error.message);
  }
}
