// AsyncResource and the execution ids of async_hooks.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource, asyncWrapProviders } = require('async_hooks');

console.log('main ids', executionAsyncId(), triggerAsyncId());
const main = executionAsyncResource();
console.log(typeof main);

const resource = new AsyncResource('MyResource');
console.log(typeof resource.asyncId(), resource.asyncId() > 1, resource.triggerAsyncId());
resource.runInAsyncScope(function (a, b) {
  console.log('in scope', executionAsyncId() === resource.asyncId(), triggerAsyncId(), this.x, a, b);
  console.log(executionAsyncResource() === resource);
}, { x: 'this' }, 1, 2);
console.log('back', executionAsyncId());

const manual = new AsyncResource('Manual', { triggerAsyncId: 42, requireManualDestroy: true });
console.log(manual.triggerAsyncId(), manual.emitDestroy() === manual);
const numeric = new AsyncResource('Numeric', 7);
console.log(numeric.triggerAsyncId());

for (const bad of [undefined, 1, {}]) {
  try { new AsyncResource(bad); } catch (e) { console.log(e.code, e.message); }
}
for (const bad of [-2, 1.5, NaN]) {
  try { new AsyncResource('X', { triggerAsyncId: bad }); } catch (e) { console.log(e.name, e.code, e.message); }
}

const als = new AsyncLocalStorage();
const captured = als.run('at creation', () => new AsyncResource('Captures'));
als.run('elsewhere', () => captured.runInAsyncScope(() => console.log('store', als.getStore())));

function add(a, b) { return a + b + (this?.offset ?? 0); }
const bound = resource.bind(add);
console.log(bound.length, bound(1, 2), bound.call({ offset: 10 }, 1, 2));
const boundThis = resource.bind(add, { offset: 100 });
console.log(boundThis(1, 2), boundThis.call({ offset: 10 }, 1, 2));
const staticBound = AsyncResource.bind(function named() { return executionAsyncId(); });
console.log(typeof staticBound(), staticBound.name);
try { resource.bind(1); } catch (e) { console.log(e.code); }

setTimeout(() => {
  const id = executionAsyncId();
  console.log('timeout', id > 1, triggerAsyncId() === 1, executionAsyncResource().constructor.name);
  setImmediate(() => console.log('immediate triggered by timeout', triggerAsyncId() === id, executionAsyncResource().constructor.name));
}, 1);
process.nextTick(() => console.log('tick', executionAsyncId() > 1, triggerAsyncId()));

console.log(Object.isFrozen(asyncWrapProviders), Object.getPrototypeOf(asyncWrapProviders), asyncWrapProviders.NONE,
  asyncWrapProviders.TCPWRAP, Object.keys(asyncWrapProviders).length);
console.log(Object.getOwnPropertyNames(AsyncResource.prototype));
console.log(Object.keys(require('async_hooks')));
