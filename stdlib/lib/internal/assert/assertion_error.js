'use strict';
// AssertionError and the messages Node generates for it, including the line diff of the
// inspected values ("+ actual - expected") that strictEqual and deepStrictEqual show.

const { inspect } = require('internal/util/inspect');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values are shown fully expanded, keys sorted, one entry per line.
function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
    showProxy: false, sorted: true, getters: true,
  });
}

const isObjectLike = (value) => value !== null && typeof value === 'object';
const kMaxShortLength = 12;

// The lines of `lines` (identical in both) shown before a difference: up to two, or the last
// two after "..." when more than five were identical (the fifth one shown in full).
function identicalContext(lines, index, identical, state) {
  let text = '';
  if (identical > 2) {
    if (identical > 4) {
      if (identical === 5) text += `\n  ${lines[index - 3]}`;
      else {
        text += '\n...';
        state.skipped = true;
      }
    }
    if (identical > 3) text += `\n  ${lines[index - 2]}`;
    text += `\n  ${lines[index - 1]}`;
  }
  return text;
}

// The message of a failed strictEqual/deepStrictEqual: short values side by side, else a
// line diff of their inspections in which runs of identical lines are shortened.
function createErrDiff(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((isObjectLike(actual) && isObjectLike(expected)) ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let indicator = '';
  let column = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const length = actualLines[0].length + expectedLines[0].length;
    if (length <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && length < 80) {
      // A caret under the first differing column, when the common prefix is long enough.
      while (actualLines[0][column] === expectedLines[0][column]) column++;
      if (column > 2) indicator = `\n  ${' '.repeat(column)}^`;
      column = 0;
    }
  }
  // Identical trailing lines: the last three are kept (plus the fourth from the end alone).
  let end = '';
  let other = '';
  let trailing = column;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (trailing++ < 3) end = `\n  ${line}${end}`;
    else other = line;
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualText.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  const state = { skipped: false };
  if (trailing >= 5) {
    end = `\n...${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }
  const header = `${kReadableOperator[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  let longer = actualLines;
  let sign = '+';
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    sign = '-';
    shorterLength = actualLines.length;
  }
  let result = '';
  let printed = 0;
  let identical = 0;
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      // Only the longer side has lines left.
      const context = identicalContext(longer, i, identical, state);
      result += context;
      printed += context.split('\n').length - 1;
      identical = 0;
      if (longer === actualLines) result += `\n${sign} ${longer[i]}`;
      else other += `\n${sign} ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // Lines that differ only by the expected line's trailing comma count as identical.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        const context = identicalContext(actualLines, i, identical, state);
        result += context;
        printed += context.split('\n').length - 1;
        identical = 0;
        // Consecutive differences show as +++--- rather than +-+-.
        result += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        result += other;
        other = '';
        identical++;
        if (identical <= 2) {
          result += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > 50 && i < maxLines - 2) return `${header}${skippedNote}\n${result}\n...${other}\n...`;
  }
  return `${header}${state.skipped ? skippedNote : ''}\n${result}${other}${end}${indicator}`;
}

// The message for the other operators: "not" operators show the actual value, the rest both.
function createMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return createErrDiff(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const readable = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    shownActual = `${readable}\n\n${shownActual}`;
    if (shownActual.length > 1024) shownActual = `${shownActual.slice(0, 1021)}...`;
    return shownActual;
  }
  if (shownActual.length > 512) shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > 512) shownExpected = `${shownExpected.slice(0, 509)}...`;
  if (operator === 'deepEqual') return `${readable}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('options', 'of type object', options);
    }
    const { message, actual, expected, operator, stackStartFn } = options;
    if (message == null) {
      super(createMessage(actual, expected, operator));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      // A custom message replaces the diff's heading.
      const diff = createErrDiff(actual, expected, operator);
      super(`${message}${diff.slice(diff.indexOf('\n'))}`);
    } else {
      super(String(message));
    }
    this.generatedMessage = message == null;
    // The stack's first line names the code too; the name itself is plain.
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', writable: true, configurable: true });
    Error.captureStackTrace(this, stackStartFn);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, inspectValue };
