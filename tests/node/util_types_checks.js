const { types } = require('util');
console.log(types.isPromise(Promise.resolve()), types.isPromise({ then() {} }));
console.log(types.isRegExp(/x/), types.isDate(new Date()), types.isMap(new Map()), types.isSet(new Set()));
console.log(types.isWeakMap(new WeakMap()), types.isWeakSet(new WeakSet()), types.isProxy(new Proxy({}, {})));
console.log(types.isTypedArray(new Uint8Array(1)), types.isUint8Array(new Uint8Array(1)), types.isArrayBuffer(new ArrayBuffer(1)));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()));
console.log(types.isBoxedPrimitive(Object(1)), types.isNumberObject(Object(1)), types.isStringObject(Object('s')), types.isSymbolObject(Object(Symbol())));
console.log(types.isNativeError(new TypeError()), types.isNativeError({ name: 'Error' }), types.isDataView(new DataView(new ArrayBuffer(2))));
console.log(types.isMapIterator(new Map().keys()), types.isSetIterator(new Set().values()), types.isArgumentsObject((function () { return arguments; })()));
