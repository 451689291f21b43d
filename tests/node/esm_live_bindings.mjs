// Imported bindings are live views of the exporter's variables, under every name.
import { value, increment, reset, alias, later } from './fixtures/esm_live_bindings/counter.mjs';
import * as counter from './fixtures/esm_live_bindings/counter.mjs';

console.log(value, alias, counter.value, later);
increment();
increment();
console.log(value, alias, counter.value);
reset();
console.log(value, alias, counter.value);
try {
  // eslint-disable-next-line no-import-assign
  value = 5;
} catch (error) {
  console.log(error.name);
}
console.log(Object.getOwnPropertyDescriptor(counter, 'value'));
console.log(Reflect.set(counter, 'value', 1), Reflect.deleteProperty(counter, 'value'), Object.isFrozen(counter));
console.log(Object.isExtensible(counter), Object.isSealed(counter));
