// async_hooks.createHook: init/before/after/destroy for timers, immediates, ticks and AsyncResource.
const async_hooks = require('async_hooks');
const fs = require('fs');

const events = [];
const types = new Map();
const watched = new Set(['Timeout', 'Immediate', 'TickObject', 'Custom']);
const hook = async_hooks.createHook({
  init(id, type, triggerId) {
    if (!watched.has(type)) return;
    types.set(id, type);
    events.push(`init ${type}`);
  },
  before(id) { if (types.has(id)) events.push(`before ${types.get(id)}`); },
  after(id) { if (types.has(id)) events.push(`after ${types.get(id)}`); },
  destroy(id) { if (types.has(id)) events.push(`destroy ${types.get(id)}`); },
});
const enabled = hook.enable() === hook;

setTimeout(() => {
  events.push('timeout callback');
  process.nextTick(() => events.push('tick callback'));
  setImmediate(() => {
    events.push('immediate callback');
    const resource = new async_hooks.AsyncResource('Custom', { requireManualDestroy: true });
    resource.runInAsyncScope(() => events.push('custom callback'));
    resource.emitDestroy();
    const cleared = setTimeout(() => events.push('never'), 1000);
    clearTimeout(cleared);
    setTimeout(() => {
      hook.disable();
      setTimeout(() => {
        console.log(enabled);
        console.log(events.join('\n'));
      }, 1);
    }, 1);
  });
}, 1);

for (const bad of [{ init: 1 }, { before: 'x' }, { destroy: {} }]) {
  try { async_hooks.createHook(bad); } catch (e) { events.push(`${e.code} ${e.message}`); }
}
const idle = async_hooks.createHook({});
events.push(`${idle.enable() === idle} ${idle.disable() === idle} ${idle.disable() === idle}`);
