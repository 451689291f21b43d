// structuredClone of primitives and wrapper objects.
const values = [undefined, null, true, false, 0, -0, 42, -1.5, NaN, Infinity, 'text', '', 12345678901234567890n, -1n];
for (const value of values) {
  const copy = structuredClone(value);
  console.log(typeof value, String(value), Object.is(copy, value));
}
const wrappers = [new Number(3), new String('boxed'), new Boolean(false), Object(10n), new Number(NaN), new String('')];
for (const wrapper of wrappers) {
  const copy = structuredClone(wrapper);
  console.log(copy, typeof copy, copy !== wrapper, copy.valueOf() === wrapper.valueOf() || Number.isNaN(copy.valueOf()),
    Object.getPrototypeOf(copy) === Object.getPrototypeOf(wrapper));
}
const labelled = new String('abc');
labelled.extra = 1;
console.log(structuredClone(labelled), Object.keys(structuredClone(labelled)));
console.log(structuredClone({ n: new Number(1), s: new String('s') }));
