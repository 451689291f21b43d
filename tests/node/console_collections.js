// Map, Set, WeakMap, typed arrays, ArrayBuffer, Date, RegExp, boxed primitives, Promise.
console.log(new Map([['a', 1], [{ k: 1 }, [2]]]), new Map());
console.log(new Set([1, 'two', [3]]), new Set());
console.log(new WeakMap(), new WeakSet());
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new Uint8Array(0));
console.log(new Date(0), /re(g)ex/gi);
console.log(new Number(3), new String('str'), new Boolean(false), Object(Symbol('b')), Object(5n));
console.log(Promise.resolve(42), new Promise(() => {}), Promise.reject(new Error('r')).catch(() => {}) && 'ok');
console.log(new ArrayBuffer(3));
