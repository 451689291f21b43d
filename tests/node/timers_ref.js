// An unref'd timer does not keep the process alive; hasRef reports it; refresh restarts it.
const t = setTimeout(() => console.log('never'), 1000);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
t.ref().unref();
const u = setTimeout(() => console.log('refreshed timer fired'), 30);
u.refresh();
console.log(typeof u[Symbol.toPrimitive]());
const i = setImmediate(() => console.log('immediate'));
console.log(i.hasRef());
clearTimeout(+setTimeout(() => console.log('cleared by id'), 1));
