// util.inherits, promisify, callbackify, types.
const util = require('util');
const EventEmitter = require('events');
function Legacy() { EventEmitter.call(this); }
util.inherits(Legacy, EventEmitter);
console.log(Legacy.super_ === EventEmitter, new Legacy() instanceof EventEmitter);
const delayed = util.promisify((value, callback) => setTimeout(() => callback(null, value * 2), 1));
delayed(21).then((v) => console.log('promisified', v));
const failing = util.promisify((callback) => callback(new Error('nope')));
failing().catch((e) => console.log('rejected', e.message));
util.callbackify(async (x) => x + 1)(1, (err, value) => console.log('callbackified', err, value));
console.log(util.types.isPromise(Promise.resolve()), util.types.isMap(new Map()), util.types.isDate(1));
console.log(util.types.isRegExp(/x/), util.types.isUint8Array(new Uint8Array(1)), util.types.isProxy(new Proxy({}, {})));
console.log(util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}));
console.log(util.isArray([]), typeof util.inspect.custom);
