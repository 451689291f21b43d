// console.count, group, assert, dir, info/debug go to stdout; warn/error to stderr.
console.count();
console.count();
console.count('x');
console.countReset();
console.count();
console.group('Group');
console.log('inside');
console.group();
console.log({ a: 1, b: [1, 2] });
console.groupEnd();
console.groupEnd();
console.log('outside');
console.assert(true, 'not shown');
console.info('info', 1);
console.debug('debug', 2);
console.warn('to stderr');
console.error('to stderr too');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
