'use strict';
// process.emitWarning: makes the warning (an Error named by its type), emits process
// 'warning' on the next tick, and writes it to stderr as Node does: "(node:PID) [code] Type:
// message", the detail on its own line, and once a hint about --trace-warnings (--trace-deprecation for a
// deprecation).

const { nextTick } = require('internal/process/task_queues');
const { invalidArgType } = require('internal/errors');

let hinted = false;

function createWarning(warning, type, code, detail) {
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = type;
    if (code !== undefined) error.code = code;
    if (detail !== undefined) error.detail = detail;
    return error;
  }
  if (warning instanceof Error) return warning;
  throw invalidArgType('warning', 'of type string or an instance of Error', warning);
}

function writeWarning(proc, warning) {
  let text = `(${proc.release.name}:${proc.pid}) ${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}\n`;
  if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
  if (!hinted) {
    hinted = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`${proc.release.name} ${flag} ...\` to show where the warning was created)\n`;
  }
  proc.stderr.write(text);
}

// emitWarning(warning[, type[, code]]) or emitWarning(warning, { type, code, detail }).
function emitWarning(proc, warning, type, code) {
  let detail;
  if (type !== null && typeof type === 'object') ({ type, code, detail } = type);
  if (type === undefined) type = 'Warning';
  if (typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
  const error = createWarning(warning, type, code, detail);
  if (error.name === 'DeprecationWarning' && proc.noDeprecation) return;
  nextTick(() => {
    writeWarning(proc, error);
    proc.emit('warning', error);
  });
}

module.exports = { emitWarning };
