// DOMException: names, messages, legacy codes, constants, options with a cause.
const log = (...a) => console.log(...a);

const plain = new DOMException();
log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
for (const name of ['AbortError', 'TimeoutError', 'NotFoundError', 'DataCloneError', 'SyntaxError', 'NoSuchName']) {
  const error = new DOMException(`a ${name}`, name);
  log(error.name, error.message, error.code, String(error));
}
const withCause = new DOMException('caused', { name: 'AbortError', cause: 'because' });
log(withCause.name, withCause.code, withCause.cause, Object.prototype.hasOwnProperty.call(withCause, 'cause'));
log(new DOMException('x', {}).name, new DOMException(42, 'Err').message);
const e = new DOMException('m', 'AbortError');
log(e instanceof DOMException, e instanceof Error, Object.prototype.toString.call(e));
log(Object.keys(e).length, typeof e.stack, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.INDEX_SIZE_ERR, DOMException.DATA_CLONE_ERR);
log(e.ABORT_ERR, e.NOT_FOUND_ERR);
try {
  throw new DOMException('thrown', 'InvalidStateError');
} catch (err) {
  log('caught', err.name, err.code);
}
log(Object.getOwnPropertyNames(DOMException.prototype).filter((k) => !/_ERR$/.test(k)).sort().join());
