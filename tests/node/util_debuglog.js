'use strict';
// util.debuglog (and util.debug): NODE_DEBUG sections, wildcards, the callback and the output
// on stderr (run in children; their pids are replaced).
const { spawnSync } = require('child_process');

const program = `
const util = require('util');
const foo = util.debuglog('foo', (logger) => console.log('callback got a', typeof logger));
console.log('foo enabled', foo.enabled);
foo('hi %d', 1);
foo('object', { a: [1, 2] });
const bar = util.debug('bar');
console.log('bar enabled', bar.enabled);
bar('never shown');
for (const name of ['foo-bar', 'FOOx', 'bAz', 'net', 'http2']) console.log(name, util.debuglog(name).enabled);
util.debuglog('baz')('from baz');
console.log(typeof foo, foo.name, util.debuglog.length);
`;

for (const setting of ['foo,foo-*,baz', 'f*', '', 'FOO', 'http*', 'b*z,other']) {
  const result = spawnSync(process.execPath, ['-e', program], {
    env: { ...process.env, NODE_DEBUG: setting },
    encoding: 'utf8',
  });
  console.log(`NODE_DEBUG=${JSON.stringify(setting)} status ${result.status}`);
  console.log(result.stdout.trimEnd());
  console.log(result.stderr.replaceAll(String(result.pid), '<pid>').trimEnd());
}
