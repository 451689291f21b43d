'use strict';
// The deprecated timer API on plain objects: enroll(item, msecs) gives `item` a duration,
// active(item) (or _unrefActive, which does not keep the loop alive) starts or restarts it, after
// which item._onTimeout() runs; unenroll(item) stops it. Each item runs on a hidden Timeout.

const { Timeout, clearTimeout } = require('timers');
const { outOfRange, validateNumber } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
const timeoutOf = new WeakMap();

function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange('msecs', 'a non-negative finite number', msecs);
  unenroll(item);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  item._idleTimeout = msecs;
}

function unenroll(item) {
  const timeout = timeoutOf.get(item);
  if (timeout !== undefined) {
    clearTimeout(timeout);
    timeoutOf.delete(item);
  }
  item._idleTimeout = -1;
}

// (Re)starts the item's timer when it has a duration; `refed` says whether it keeps the loop alive.
function start(item, refed) {
  if (!(item._idleTimeout >= 0)) return;
  let timeout = timeoutOf.get(item);
  if (timeout === undefined || timeout._destroyed) {
    timeout = new Timeout(() => item._onTimeout(), item._idleTimeout, undefined, false, true);
    timeoutOf.set(item, timeout);
  }
  if (refed) timeout.ref();
  else timeout.unref();
  timeout.refresh();
}

module.exports = {
  enroll,
  unenroll,
  active: (item) => start(item, true),
  _unrefActive: (item) => start(item, false),
};
