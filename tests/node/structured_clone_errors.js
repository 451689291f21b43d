// structuredClone of Error objects: kind by name, message, cause, stack; other properties dropped.
const errors = [new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syntax'),
  new ReferenceError('ref'), new EvalError('eval'), new URIError('uri'), new Error()];
for (const error of errors) {
  const copy = structuredClone(error);
  console.log(copy.constructor.name, copy.name, JSON.stringify(copy.message), copy instanceof Error, copy !== error,
    copy.stack === error.stack, Object.getOwnPropertyNames(copy).sort().join());
}
const withCause = new Error('outer', { cause: { inner: [1, 2] } });
const clonedCause = structuredClone(withCause);
console.log(clonedCause.cause, clonedCause.cause !== withCause.cause);
const decorated = new TypeError('decorated');
decorated.code = 'E_CODE';
decorated.extra = { a: 1 };
console.log(Object.keys(structuredClone(decorated)), structuredClone(decorated).code);
class CustomError extends RangeError {}
const custom = structuredClone(new CustomError('custom'));
console.log(custom.constructor.name, custom instanceof CustomError, custom.name);
const renamed = new Error('renamed');
renamed.name = 'TypeError';
console.log(structuredClone(renamed).constructor.name);
renamed.name = 'Whatever';
console.log(structuredClone(renamed).constructor.name, structuredClone(renamed).name);
const aggregate = new AggregateError([new Error('a')], 'agg');
console.log(structuredClone(aggregate).constructor.name, structuredClone(aggregate).message);
console.log(structuredClone({ error: new Error('nested') }).error.message);
