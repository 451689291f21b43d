'use strict';
// emitKeypressEvents ( stream [, interface] ): makes `stream` emit 'keypress' (sequence, key)
// for every key its input encodes: printable characters, control characters, and the ANSI
// escape sequences terminals send for arrows, function keys and modifiers. A lone ESC waits
// (interface.escapeCodeTimeout, 500 ms) for the rest of a sequence before it counts as the
// escape key.

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeCodeTimeout = 500;

// Final parts of escape sequences (after ESC) and their key names.
const kKeyNames = {
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
// Sequences that imply a modifier: shift ($ and lowercase letters) or ctrl (^ and O + lowercase).
const kShifted = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end', '[Z': 'tab',
};
const kControlled = {
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

// Reads the escape sequence after `ESC` at text[start]; returns { code, modifier, end }, or
// null when the text stops before the sequence is complete.
function parseSequence(text, start) {
  let i = start;
  const next = () => (i < text.length ? text[i++] : null);
  let ch = next();
  let code = ch;
  let modifier = 0;
  if (ch === 'O') {
    ch = next();
    if (ch === null) return null;
    if (ch >= '0' && ch <= '9') {
      modifier = Number(ch) - 1;
      ch = next();
      if (ch === null) return null;
    }
    return { code: code + ch, modifier, end: i };
  }
  // ESC [ letter, ESC [ digits (; digit) final, ESC [ [ ...
  ch = next();
  if (ch === null) return null;
  if (ch === '[') {
    code += ch;
    ch = next();
    if (ch === null) return null;
  }
  let command = ch;
  for (let digits = 0; ch >= '0' && ch <= '9' && digits < 2; digits++) {
    ch = next();
    if (ch === null) return null;
    command += ch;
  }
  if (ch === ';') {
    ch = next();
    if (ch === null) return null;
    command += ch;
    if (ch >= '0' && ch <= '9') {
      ch = next();
      if (ch === null) return null;
      command += ch;
    }
  }
  let match;
  if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(command))) {
    if (match[4]) {
      code += match[4];
    } else {
      code += match[1] + match[3];
      modifier = (match[2] || 1) - 1;
    }
  } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(command))) {
    code += match[4];
    modifier = (match[3] || 1) - 1;
  } else {
    code += command;
  }
  return { code, modifier, end: i };
}

function keyFor(sequence, name, { ctrl = false, meta = false, shift = false } = {}) {
  return { sequence, name, ctrl, meta, shift };
}

// The key of a single character (after ESC when `escaped`).
function characterKey(ch, escaped) {
  const sequence = escaped ? `\x1b${ch}` : ch;
  if (ch === '\r') return keyFor(sequence, 'return', { meta: escaped });
  if (ch === '\n') return keyFor(sequence, 'enter', { meta: escaped });
  if (ch === '\t') return keyFor(sequence, 'tab', { meta: escaped });
  if (ch === '\b' || ch === '\x7f') return keyFor(sequence, 'backspace', { meta: escaped });
  if (ch === '\x1b') return keyFor(sequence, 'escape', { meta: escaped });
  if (ch === ' ') return keyFor(sequence, 'space', { meta: escaped });
  if (ch <= '\x1a') {
    return keyFor(sequence, String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1), { ctrl: true, meta: escaped });
  }
  if (/^[0-9A-Za-z]$/.test(ch)) {
    return keyFor(sequence, ch.toLowerCase(), { meta: escaped, shift: ch >= 'A' && ch <= 'Z' });
  }
  return keyFor(sequence, undefined, { meta: escaped });
}

// The key of a complete escape sequence, from its code and modifier number.
function sequenceKey(sequence, { code, modifier }) {
  const key = { sequence, name: undefined, ctrl: !!(modifier & 4), meta: !!(modifier & 10), shift: !!(modifier & 1), code };
  if (code in kKeyNames) key.name = kKeyNames[code];
  else if (code in kShifted) [key.name, key.shift] = [kShifted[code], true];
  else if (code in kControlled) [key.name, key.ctrl] = [kControlled[code], true];
  return key;
}

// A decoder of one stream's keys, holding an incomplete escape sequence between chunks.
function createDecoder(stream, escapeCodeTimeout) {
  let pending = '';
  let timer = null;

  function emit(sequence, key) {
    if (key.name === undefined) delete key.name;
    stream.emit('keypress', sequence, key);
  }

  function decode(text, flush) {
    let i = 0;
    while (i < text.length) {
      const ch = String.fromCodePoint(text.codePointAt(i));
      if (ch !== '\x1b') {
        emit(ch, characterKey(ch, false));
        i += ch.length;
        continue;
      }
      // ESC: a sequence, a meta key, or the escape key. An ESC before a sequence's own ESC
      // changes nothing.
      if (text[i + 1] === '\x1b' && (text[i + 2] === '[' || text[i + 2] === 'O')) {
        const parsed = parseSequence(text, i + 2);
        if (parsed === null && !flush) return text.slice(i);
        if (parsed) {
          emit(undefined, sequenceKey(text.slice(i, parsed.end), parsed));
          i = parsed.end;
          continue;
        }
      }
      const after = text[i + 1];
      if (after === undefined) {
        if (!flush) return text.slice(i);
        emit(undefined, keyFor('\x1b', 'escape', { meta: true }));
        i += 1;
      } else if (after === '[' || after === 'O') {
        const parsed = parseSequence(text, i + 1);
        if (parsed === null && !flush) return text.slice(i);
        const end = parsed ? parsed.end : text.length;
        const sequence = text.slice(i, end);
        emit(undefined, parsed ? sequenceKey(sequence, parsed) : { sequence, name: undefined, ctrl: false, meta: false, shift: false });
        i = end;
      } else {
        const next = String.fromCodePoint(text.codePointAt(i + 1));
        emit(undefined, characterKey(next, true));
        i += 1 + next.length;
      }
    }
    return '';
  }

  return function onData(data) {
    let text;
    if (typeof data === 'string') {
      text = data;
    } else {
      stream[kKeypressDecoder] ??= new (require('string_decoder').StringDecoder)('utf8');
      text = stream[kKeypressDecoder].write(data);
    }
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    pending = decode(pending + text, false);
    if (pending) {
      timer = setTimeout(() => {
        timer = null;
        const rest = pending;
        pending = '';
        decode(rest, true);
      }, escapeCodeTimeout);
    }
  };
}

const kAttached = Symbol('keypress-attached');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kAttached]) return;
  stream[kAttached] = true;
  const onData = createDecoder(stream, iface.escapeCodeTimeout ?? kEscapeCodeTimeout);
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
