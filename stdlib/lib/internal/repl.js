'use strict';
// The REPL that `sable` starts when it is run without a program on a terminal: a line editor
// over the raw terminal (its editing operations are readline's, internal/readline/line_editor;
// cursor keys, Home/End, Ctrl+A/E/K/U/W/L, history with Up/Down kept in
// ~/.sable_repl_history, Tab completion of globals and properties), multi-line input (a line
// that ends too early waits for more after a "... " prompt), the dot commands (.help, .exit,
// .break, .clear), and results printed with util.inspect (in colour); `_` holds the last result and
// `_error` the last error.

const { inspect } = require('internal/util/inspect');
const editor = require('internal/readline/line_editor');
const repl = internalBinding('repl');

const kPrompt = '> ';
const kContinuationPrompt = '... ';
const kHistorySize = 1000;

const commands = {
  break: ['Sometimes you get stuck, this gets you out', (state) => { state.pending = []; }],
  clear: ['Break, and also clear the local context', (state) => { state.pending = []; }],
  exit: ['Exit the REPL', (state) => close(state)],
  help: ['Print this help message', (state) => {
    const names = Object.keys(commands);
    const width = Math.max(...names.map((name) => name.length)) + 4;
    for (const name of names) write(`.${name}`.padEnd(width) + commands[name][0] + '\n');
    write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
  }],
};

function write(text) {
  process.stdout.write(text);
}

function historyFile() {
  const home = process.env.HOME;
  return home ? `${home}/.sable_repl_history` : null;
}

// The fs module, for the history file; without it the history lasts for the session.
function fileSystem() {
  try {
    return require('fs');
  } catch {
    return null;
  }
}

function loadHistory() {
  const file = historyFile();
  const fs = fileSystem();
  if (!file || !fs) return [];
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '').slice(0, kHistorySize);
  } catch {
    return [];
  }
}

function saveHistory(state) {
  const file = historyFile();
  const fs = fileSystem();
  if (!file || !fs) return;
  try {
    fs.writeFileSync(file, state.history.join('\n') + '\n', { mode: 0o600 });
  } catch {
    // A history that cannot be saved is not worth stopping for.
  }
}

// Redraws the line being edited and puts the cursor where it is in it.
function render(state) {
  const prompt = state.pending.length ? kContinuationPrompt : kPrompt;
  write(`\r${prompt}${state.line}\x1b[K`);
  const back = state.line.length - state.cursor;
  if (back > 0) write(`\x1b[${back}D`);
}

function recall(state, step) {
  const index = state.historyIndex + step;
  if (index < -1 || index >= state.history.length) return;
  if (state.historyIndex === -1) state.draft = state.line;
  state.historyIndex = index;
  state.line = index === -1 ? state.draft : state.history[index];
  state.cursor = state.line.length;
}

// The names `prefix` may complete to: properties of the object the expression before the last
// dot names (evaluated only when it is a plain chain of names, which cannot have effects
// beyond getters), else globals and keywords.
function completions(state, text) {
  const match = /(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*\.?$|(?:[A-Za-z_$][\w$]*\.)+$/.exec(text);
  if (!match) return { prefix: '', names: [] };
  const expression = match[0];
  const dot = expression.lastIndexOf('.');
  const prefix = expression.slice(dot + 1);
  let names = new Set();
  if (dot === -1) {
    for (let object = globalThis; object !== null; object = Object.getPrototypeOf(object)) {
      for (const name of Object.getOwnPropertyNames(object)) names.add(name);
    }
    for (const keyword of keywords) names.add(keyword);
  } else {
    let target;
    try {
      target = repl.evaluate(expression.slice(0, dot), 'REPL');
    } catch {
      return { prefix, names: [] };
    }
    if (target === null || target === undefined) return { prefix, names: [] };
    for (let object = Object(target); object !== null; object = Object.getPrototypeOf(object)) {
      for (const name of Object.getOwnPropertyNames(object)) {
        if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
      }
    }
  }
  return { prefix, names: [...names].filter((name) => name.startsWith(prefix)).sort() };
}

const keywords = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'let', 'new', 'null', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
];

function complete(state) {
  const { prefix, names } = completions(state, state.line.slice(0, state.cursor));
  if (names.length === 0) return;
  let common = names[0];
  for (const name of names) {
    while (!name.startsWith(common)) common = common.slice(0, -1);
  }
  if (common.length > prefix.length) {
    editor.insertText(state, common.slice(prefix.length));
    state.lastKeyWasTab = false;
    return;
  }
  if (names.length > 1 && state.lastKeyWasTab) {
    // A second Tab lists the candidates in columns, as wide as the terminal allows.
    const width = Math.max(...names.map((name) => name.length)) + 2;
    const perRow = Math.max(1, Math.floor(repl.terminalColumns() / width));
    write('\n');
    for (let i = 0; i < names.length; i += perRow) {
      write(names.slice(i, i + perRow).map((name) => name.padEnd(width)).join('').trimEnd() + '\n');
    }
  }
  state.lastKeyWasTab = true;
}

// A line ends: a dot command, or input to evaluate once it is complete.
function submit(state) {
  const line = state.line;
  write('\n');
  state.line = '';
  state.cursor = 0;
  state.historyIndex = -1;
  if (line.trim() !== '' && state.history[0] !== line) {
    state.history.unshift(line);
    if (state.history.length > kHistorySize) state.history.length = kHistorySize;
    saveHistory(state);
  }
  const command = /^\.([a-z]+)\s*$/.exec(line.trim());
  if (command && state.pending.length === 0) {
    if (Object.hasOwn(commands, command[1])) commands[command[1]][1](state);
    else write('Invalid REPL keyword\n');
    return;
  }
  state.pending.push(line);
  const code = state.pending.join('\n');
  if (code.trim() === '') {
    state.pending = [];
    return;
  }
  if (repl.checkSyntax(code) === 'incomplete') return;
  state.pending = [];
  evaluateAndPrint(state, code);
}

function evaluateAndPrint(state, code) {
  // Code that starts with `{` is an object literal when it parses as one, as in Node.
  let source = code;
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code) && repl.checkSyntax(`(${code})`) === 'complete') source = `(${code})`;
  state.count++;
  try {
    const result = repl.evaluate(source, `REPL${state.count}`);
    globalThis._ = result;
    write(inspect(result, { colors: state.colors }) + '\n');
  } catch (error) {
    globalThis._error = error;
    write(`Uncaught ${describeError(error)}\n`);
  }
}

// An uncaught error as Node's REPL shows it: its stack without the frames of the input's top
// level and of the REPL itself, which say nothing the user typed.
function describeError(error) {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return inspect(error);
  const lines = error.stack.split('\n');
  const isFrame = (line) => /^\s+at /.test(line);
  const frames = lines.filter(isFrame).filter((line) => !/^\s+at REPL\d+:/.test(line) && !line.includes('node:internal/repl'));
  const stack = [...lines.filter((line) => !isFrame(line)), ...frames].join('\n');
  if (Object.keys(error).length > 0) {
    try {
      Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
      return inspect(error);
    } catch {
      // A frozen error is shown with its own stack.
    }
  }
  return stack;
}

function close(state) {
  if (state.closed) return;
  state.closed = true;
  write('\n');
  repl.closeTerminal();
}

// Keys as the terminal sends them: escape sequences for the cursor keys, control characters.
const keyBindings = {
  '\r': submit,
  '\n': submit,
  '\x7f': editor.deleteLeft,
  '\x08': editor.deleteLeft,
  '\x1b[3~': editor.deleteRight,
  '\x1b[D': (state) => { if (state.cursor > 0) state.cursor--; },
  '\x1b[C': (state) => { if (state.cursor < state.line.length) state.cursor++; },
  '\x02': (state) => keyBindings['\x1b[D'](state),
  '\x06': (state) => keyBindings['\x1b[C'](state),
  '\x1b[A': (state) => recall(state, 1),
  '\x1b[B': (state) => recall(state, -1),
  '\x10': (state) => recall(state, 1),
  '\x0e': (state) => recall(state, -1),
  '\x1b[H': (state) => { state.cursor = 0; },
  '\x1b[F': (state) => { state.cursor = state.line.length; },
  '\x1bOH': (state) => { state.cursor = 0; },
  '\x1bOF': (state) => { state.cursor = state.line.length; },
  '\x01': (state) => { state.cursor = 0; },
  '\x05': (state) => { state.cursor = state.line.length; },
  '\x0b': editor.deleteToEnd,
  '\x15': editor.deleteToStart,
  '\x17': editor.deleteWordLeft,
  '\x0c': () => write('\x1b[H\x1b[2J'),
  '\t': complete,
  '\x03': (state) => {
    // Ctrl+C: drops the line (and pending lines); twice on an empty line, exits.
    if (state.line === '' && state.pending.length === 0) {
      if (state.interrupted) return close(state);
      state.interrupted = true;
      write('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      return;
    }
    state.line = '';
    state.cursor = 0;
    state.pending = [];
    write('\n');
  },
  '\x04': (state) => {
    // Ctrl+D: exits on an empty line, else deletes under the cursor.
    if (state.line === '') return close(state);
    editor.deleteRight(state);
  },
};

// Splits what one read delivered into keys: escape sequences, control characters, and runs of
// printable text (a paste).
function* keys(input) {
  const pattern = /\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Za-z]|\x1b.?|[\x00-\x1f\x7f]|[^\x00-\x1f\x7f\x1b]+/gy;
  for (const match of input.matchAll(pattern)) yield match[0];
}

function onInput(state, input) {
  if (input === null) return close(state);
  for (const key of keys(input)) {
    if (state.closed) return;
    const binding = keyBindings[key];
    if (key !== '\t') state.lastKeyWasTab = false;
    if (key !== '\x03') state.interrupted = false;
    if (binding) binding(state);
    else if (!/^[\x00-\x1f\x7f\x1b]/.test(key)) editor.insertText(state, key);
    if (!state.closed) render(state);
  }
}

function start() {
  const state = {
    line: '',
    cursor: 0,
    pending: [],
    history: loadHistory(),
    historyIndex: -1,
    draft: '',
    count: 0,
    closed: false,
    interrupted: false,
    lastKeyWasTab: false,
    // Results in colour, as Node's REPL shows them on a terminal.
    colors: repl.isTerminal(1),
  };
  write(`Welcome to Sable ${process.version}.\nType ".help" for more information.\n`);
  repl.openTerminal((input) => onInput(state, input));
  render(state);
}

module.exports = { start };
