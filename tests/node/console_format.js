// util.format directives in console.log.
console.log('%s is %d years', 'Bob', 42);
console.log('%i %f %j', '42.9px', '3.5e2', { a: [1] });
console.log('%o', [1, { a: 2 }]);
console.log('%O', { deep: { deeper: { deepest: { end: 1 } } } });
console.log('%c styled %c', 'color: red', 'x');
console.log('100%% sure', 'extra', 1);
console.log('%s %s', 'only one');
console.log('%d', 10n, '%i', Symbol('x'));
console.log('%s', { a: { b: { c: 1 } } }, '%s', [1, [2, [3]]]);
console.log('%s', null, undefined, -0, 5n, Symbol('sym'));
console.log('no directives', { a: 1 });
console.log('%x unknown', 1);
console.log('trailing %');
const c = { toString() { return 'custom'; } };
console.log('%s', c);
