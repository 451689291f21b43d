// node:util/types is util.types: a few predicates through both names.
const types = require('util/types');
const util = require('util');

console.log(types === util.types, require('node:util/types') === types);
console.log(types.isDate(new Date()), types.isDate({}), types.isRegExp(/x/), types.isPromise(Promise.resolve()));
console.log(types.isUint8Array(Buffer.alloc(1)), types.isTypedArray(new Float32Array(1)), types.isArrayBufferView(new DataView(new ArrayBuffer(1))));
console.log(types.isMap(new Map()), types.isSet(new Set()), types.isNativeError(new TypeError()), types.isBoxedPrimitive(Object(1)));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isProxy(new Proxy({}, {})));
