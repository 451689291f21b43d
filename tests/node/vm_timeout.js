// vm: the timeout option stops a script that runs too long (even one that catches the error).
const vm = require('vm');

function attempt(label, run) {
  try {
    console.log(label, 'returned', run());
  } catch (error) {
    console.log(label, error.name, error.code, error.message, Object.keys(error));
  }
}

attempt('infinite loop', () => vm.runInThisContext('while (true) {}', { timeout: 30 }));
attempt('new context', () => vm.runInNewContext('for (;;) { x++; }', { x: 0 }, { timeout: 30 }));
attempt('caught inside', () => vm.runInThisContext('try { while (true) {} } catch (e) { "caught" }', { timeout: 30 }));
attempt('finally', () => vm.runInThisContext('try { do {} while (true); } finally { "finally ran"; }', { timeout: 30 }));
attempt('nested loops', () => new vm.Script('for (let i = 0; ; i++) { for (let j = 0; j < 10; j++) {} }').runInThisContext({ timeout: 30 }));
attempt('calls in a loop', () => vm.runInNewContext('function f(n) { return n + 1; } let n = 0; while (true) n = f(n);', {}, { timeout: 30 }));
attempt('fast script', () => vm.runInThisContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', { timeout: 5000 }));
const context = vm.createContext({ count: 0 });
attempt('context kept', () => vm.runInContext('while (true) count++', context, { timeout: 20 }));
console.log('context usable', vm.runInContext('typeof count', context), context.count > 0);
attempt('after timeout', () => vm.runInThisContext('let k = 0; for (let i = 0; i < 100; i++) k++; k'));
for (const timeout of [0, -1, 1.5, 2 ** 32, 'x', null]) {
  attempt(`timeout ${String(timeout)}`, () => vm.runInThisContext('1', { timeout }));
}
