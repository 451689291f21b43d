'use strict';
// trace_events: createTracing's checks and Tracing objects, and getEnabledCategories with no
// tracing enabled.
const traceEvents = require('trace_events');
const util = require('util');

console.log(Object.keys(traceEvents), traceEvents.getEnabledCategories());
const tracing = traceEvents.createTracing({ categories: ['node.perf', 'v8'] });
console.log(tracing, tracing.categories, tracing.enabled);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(tracing)));
console.log(util.inspect([tracing]), util.inspect({ nested: { deeper: tracing } }, { depth: 0 }));
tracing.disable();
console.log(tracing.enabled, traceEvents.getEnabledCategories());

const categories = ['node.async_hooks'];
const single = traceEvents.createTracing({ categories });
categories.push('changed later');
console.log(single.categories);

for (const options of [undefined, null, 1, 'x', {}, { categories: 'x' }, { categories: [] }, { categories: [1] },
  { categories: ['ok', null] }, { categories: new Set(['a']) }]) {
  try {
    traceEvents.createTracing(options);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
