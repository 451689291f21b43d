'use strict';
// os: the machine and the user, over internalBinding('os').

const binding = internalBinding('os');
const { uvException, validateInteger } = require('internal/fs/utils');

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

// A binding result, or Node's system error for its failure (ERR_SYSTEM_ERROR-like message).
function checked(result, syscall) {
  if (typeof result === 'number' && result < 0) throw systemError(result, syscall);
  return result;
}

function systemError(errno, syscall) {
  const cause = uvException(errno, syscall);
  const error = new Error(`A system error occurred: ${syscall} returned ${cause.code} (${cause.message.split(', ')[0].slice(cause.code.length + 2)})`);
  error.code = 'ERR_SYSTEM_ERROR';
  error.errno = errno;
  error.syscall = syscall;
  error.info = { errno, code: cause.code, message: cause.message.split(', ')[0].slice(cause.code.length + 2), syscall };
  return error;
}

function uname(index) {
  return checked(binding.getUname(), 'uv_os_uname')[index];
}

// The temporary directory: TMPDIR, TMP or TEMP of process.env (without a trailing slash), else
// /tmp.
function tmpdir() {
  const { env } = process;
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

// HOME of process.env, else the user's entry in the password database.
function homedir() {
  return process.env.HOME || checked(binding.getHomedir(), 'uv_os_homedir');
}

function cpus() {
  const fields = checked(binding.getCpus(), 'uv_cpu_info');
  const result = [];
  for (let index = 0; index < fields.length; index += 7) {
    const [model, speed, user, nice, sys, idle, irq] = fields.slice(index, index + 7);
    result.push({ model, speed, times: { user, nice, sys, idle, irq } });
  }
  return result;
}

// The number of leading one bits of a netmask: the CIDR prefix length.
function prefixLength(netmask, family) {
  const groups = family === 'IPv4' ? netmask.split('.').map(Number) : netmask.split(':').map((group) => parseInt(group || '0', 16));
  const width = family === 'IPv4' ? 8 : 16;
  let length = 0;
  for (const group of groups) {
    for (let bit = width - 1; bit >= 0; bit--) {
      if (!(group & (1 << bit))) return length;
      length++;
    }
  }
  return length;
}

function networkInterfaces() {
  const fields = checked(binding.getInterfaceAddresses(), 'uv_interface_addresses');
  const result = {};
  for (let index = 0; index < fields.length; index += 7) {
    const [name, address, netmask, familyNumber, mac, internal, scopeid] = fields.slice(index, index + 7);
    const family = familyNumber === 6 ? 'IPv6' : 'IPv4';
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${prefixLength(netmask, family)}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

function userInfo(options) {
  const [uid, gid, username, homedir, shell] = checked(binding.getUserInfo(), 'uv_os_get_passwd');
  const info = Object.create(null);
  Object.assign(info, { uid, gid, username, homedir, shell });
  return info;
}

function getPriority(pid = 0) {
  validateInteger(pid, 'pid', -2147483648, 2147483647);
  const result = binding.getPriority(pid);
  if (Array.isArray(result)) throw systemError(result[0], 'uv_os_getpriority');
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInteger(pid, 'pid', -2147483648, 2147483647);
  validateInteger(priority, 'priority', -20, 19);
  checked(binding.setPriority(pid, priority), 'uv_os_setpriority');
}

const constants = Object.create(null);
Object.assign(constants, {
  UV_UDP_REUSEADDR: 4, dlopen: binding.dlopen, errno: binding.errno, signals: binding.signals,
  priority: binding.priority,
});

module.exports = {
  EOL: '\n',
  arch: () => process.arch,
  availableParallelism: () => binding.getAvailableParallelism(),
  constants,
  cpus,
  devNull: '/dev/null',
  endianness: () => kEndianness,
  freemem: () => binding.getFreeMemory(),
  getPriority,
  homedir,
  hostname: () => checked(binding.getHostname(), 'uv_os_gethostname'),
  loadavg: () => binding.getLoadAvg(),
  machine: () => uname(3),
  networkInterfaces,
  platform: () => process.platform,
  release: () => uname(1),
  setPriority,
  tmpdir,
  totalmem: () => binding.getTotalMemory(),
  type: () => uname(0),
  uptime: () => checked(binding.getUptime(), 'uv_uptime'),
  userInfo,
  version: () => uname(2),
};
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'loadavg', 'machine', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  module.exports[name][Symbol.toPrimitive] = () => module.exports[name]();
}
