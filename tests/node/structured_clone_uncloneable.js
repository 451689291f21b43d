// What structuredClone refuses: functions, symbols, WeakMaps, promises, proxies... as DataCloneError.
const attempts = [
  () => structuredClone(() => 1), () => structuredClone(function named() {}), () => structuredClone(Symbol('desc')),
  () => structuredClone(Symbol()), () => structuredClone({ nested: { fn() {} } }), () => structuredClone([1, Symbol.iterator]),
  () => structuredClone(Object(Symbol('boxed'))), () => structuredClone(new WeakMap()), () => structuredClone(new WeakSet()),
  () => structuredClone(Promise.resolve(1)), () => structuredClone(new Proxy({}, {})), () => structuredClone(new WeakRef({})),
  () => structuredClone(new Map([[1, () => 2]])), () => structuredClone(new Set([Symbol('in set')])),
  () => structuredClone(new Error('bad cause', { cause: () => 1 })), () => structuredClone(class Foo {}),
  () => structuredClone(Math.max), () => structuredClone(new (class Kept { #secret = 1; })()),
];
for (const attempt of attempts) {
  try {
    console.log('cloned', attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message, error instanceof DOMException, error instanceof Error);
  }
}
