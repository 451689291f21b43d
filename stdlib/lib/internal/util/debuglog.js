'use strict';
// util.debuglog ( section [, callback] ): a logger writing "SECTION pid: message" to stderr when
// NODE_DEBUG names the section (comma-separated names, case-insensitive, '*' matching any run of
// characters); otherwise it does nothing. `callback` receives the real logger on the first call.

const { formatWithOptions, inspect } = require('internal/util/inspect');

let enabledPattern;

// The sections NODE_DEBUG enables, as one regular expression (read once, like Node).
function sectionPattern() {
  if (enabledPattern === undefined) {
    const names = (process.env.NODE_DEBUG ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    const alternatives = names.map((name) =>
      name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
    // No names: a pattern that matches nothing.
    enabledPattern = alternatives.length === 0 ? /(?!)/ : new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
  }
  return enabledPattern;
}

function writer(section) {
  const prefix = section.toUpperCase();
  return (...args) => {
    const colors = Boolean(process.stderr.isTTY && process.stderr.hasColors?.());
    const message = formatWithOptions({ colors }, ...args);
    process.stderr.write(`${prefix} ${inspect(process.pid, { colors })}: ${message}\n`);
  };
}

function debuglog(section, callback) {
  let write;
  const isEnabled = () => sectionPattern().test(section);
  function logger(...args) {
    if (write === undefined) {
      write = isEnabled() ? writer(section) : () => {};
      if (typeof callback === 'function') callback(write);
    }
    write(...args);
  }
  Object.defineProperty(logger, 'enabled', { get: isEnabled, configurable: true, enumerable: true });
  return logger;
}

module.exports = { debuglog };
