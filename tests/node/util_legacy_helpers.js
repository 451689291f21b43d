'use strict';
// util's old helpers: the type predicates, _extend, log, the system error helpers, aborted and
// the transferable abort helpers.
const util = require('util');

const values = [true, 0, 'text', Symbol('s'), null, undefined, {}, [], () => {}, new Date(0), /x/, Buffer.alloc(1),
  new Error('e'), Object.create(null)];
const predicates = ['isBoolean', 'isNumber', 'isString', 'isSymbol', 'isNull', 'isUndefined', 'isNullOrUndefined',
  'isObject', 'isFunction', 'isPrimitive', 'isDate', 'isRegExp', 'isBuffer', 'isError', 'isArray'];
for (const name of predicates) {
  console.log(name.padEnd(18), values.map((value) => (util[name](value) ? 1 : 0)).join(''));
}

console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'ab'));
const inherited = Object.create({ hidden: 1 });
inherited.own = 2;
console.log(util._extend({}, inherited));
try {
  util._extend(null, { a: 1 });
} catch (error) {
  console.log(error.name);
}
console.log(util.debug === util.debuglog, typeof util.log);

const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-13), map.get(-4095), map.get(-98), map.has(1));
console.log([...map.keys()].every((key) => key < 0), [...map.values()].every(([name]) => /^E|UNKNOWN/.test(name)));

const errno = util._errnoException(-2, 'open', 'extra');
console.log(errno.message, errno.code, errno.errno, errno.syscall);
console.log(util._errnoException(-13, 'read').message);
const hostPort = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(hostPort.message, hostPort.code, hostPort.address, hostPort.port);
console.log(util._exceptionWithHostPort(-98, 'listen', '::', 0, 'local').message);

const controller = new AbortController();
util.aborted(controller.signal, {}).then((event) => console.log('aborted with', event.type));
util.aborted(AbortSignal.abort(), {}).then((value) => console.log('already aborted:', value));
util.aborted(1, {}).catch((error) => console.log(error.code, error.message));
util.aborted(controller.signal, 1).catch((error) => console.log(error.code, error.message));
controller.abort();

const transferable = util.transferableAbortController();
console.log(transferable instanceof AbortController, transferable.signal.aborted);
const fresh = new AbortController();
const marked = util.transferableAbortSignal(fresh.signal);
console.log(marked instanceof AbortSignal, marked.aborted, util.transferableAbortSignal(controller.signal).aborted);
try {
  util.transferableAbortSignal({});
} catch (error) {
  console.log(error.code, error.message);
}
