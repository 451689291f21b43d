'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups: argument checks, unknown names,
// and setting the ids the process already has.
const p = process;

for (const name of ['setuid', 'setgid', 'seteuid', 'setegid']) {
  for (const value of [{}, -1, 2 ** 32, 1.5, 'sable-no-such-name', null, true]) {
    try {
      p[name](value);
    } catch (error) {
      console.log(name, error.code, error.message);
    }
  }
  console.log(name, p[name].length);
}
for (const value of [1, [{}], ['sable-no-such-group'], [-1], [1.5], 'x']) {
  try {
    p.setgroups(value);
  } catch (error) {
    console.log('setgroups', error.code, error.message);
  }
}
for (const args of [[{}, 1], [0, 'sable-no-such-group'], [0], ['root', -1], [2 ** 31, 0]]) {
  try {
    p.initgroups(...args);
  } catch (error) {
    console.log('initgroups', error.code, error.message);
  }
}

// Setting what is already set works for any user.
const [uid, gid, euid, egid] = [p.getuid(), p.getgid(), p.geteuid(), p.getegid()];
p.setgid(gid);
p.setegid(egid);
p.setuid(uid);
p.seteuid(euid);
console.log('unchanged', p.getuid() === uid, p.getgid() === gid, p.geteuid() === euid, p.getegid() === egid);
if (uid === 0) {
  p.setgroups(p.getgroups());
  p.setgid('root');
  p.initgroups('root', 0);
}
console.log('done');
