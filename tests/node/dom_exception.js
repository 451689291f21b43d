// DOMException: names, legacy codes and constants, message, cause, and how it prints.
const names = ['IndexSizeError', 'HierarchyRequestError', 'InvalidCharacterError', 'NotFoundError', 'NotSupportedError',
  'InvalidStateError', 'SyntaxError', 'AbortError', 'TimeoutError', 'DataCloneError', 'QuotaExceededError',
  'EncodingError', 'OperationError', 'Custom'];
for (const name of names) {
  const error = new DOMException('message', name);
  console.log(name, error.name, error.code, error.message, String(error));
}
const plain = new DOMException();
console.log(JSON.stringify(plain.message), plain.name, plain.code, plain instanceof Error, plain instanceof DOMException);
console.log(new DOMException(42).message, new DOMException('x', { name: 'AbortError' }).name);
const withCause = new DOMException('caused', { name: 'AbortError', cause: 'the reason' });
console.log(withCause.cause, withCause.name, withCause.code);
console.log(DOMException.INDEX_SIZE_ERR, DOMException.DATA_CLONE_ERR, DOMException.ABORT_ERR, plain.TIMEOUT_ERR);
console.log(Object.prototype.toString.call(plain), typeof plain.stack, Object.keys(plain));
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
try {
  throw new DOMException('thrown', 'NotFoundError');
} catch (error) {
  console.log(error.name, error.message, error.code);
}
const util = require('util');
console.log(util.inspect(new DOMException('shown', 'AbortError')).split('\n')[0], util.types.isNativeError(plain));
console.log(util.inspect({ nested: new DOMException('inner') }).split('\n')[0]);
