// structuredClone of plain data: copies, cycles, Maps/Sets/Dates, and what cannot be cloned.
const log = (...a) => console.log(...a);

const original = { n: 1, s: 'two', nested: { list: [1, { deep: true }] }, date: new Date(0), re: /a+b/gi };
const copy = structuredClone(original);
log(copy !== original, copy.nested !== original.nested, JSON.stringify(copy.nested));
log(copy.date instanceof Date, copy.date.getTime(), copy.re.source, copy.re.flags, copy.re !== original.re);
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const cc = structuredClone(cyclic);
log('cycle kept', cc.self === cc, cc !== cyclic);
const shared = { v: 1 };
const twice = structuredClone([shared, shared]);
log('shared reference kept', twice[0] === twice[1]);
const m = structuredClone(new Map([['k', { v: 1 }]]));
const s = structuredClone(new Set([1, 'a']));
log(m instanceof Map, JSON.stringify(m.get('k')), s instanceof Set, [...s].join());
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
log('class instance becomes a plain object', Object.getPrototypeOf(p) === Object.prototype, p.x, p.y);
const e = structuredClone(new RangeError('bad range'));
log(e instanceof Error, e.message);
log(structuredClone(5), structuredClone('str'), structuredClone(null), structuredClone(undefined));
for (const bad of [() => structuredClone(() => {}), () => structuredClone({ f() {} }), () => structuredClone(Symbol('s'))]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err instanceof DOMException);
  }
}
