'use strict';
// readline's terminal mode (an Interface with terminal: true): keys from the input (as
// 'keypress' events) edit the line in place (internal/readline/line_editor), recall history
// (Up/Down, searching by what is before the cursor), complete with Tab, and end the line with
// Return; the output shows the prompt and line, redrawn with ANSI cursor sequences the way
// Node's readline draws them, wrapped at the output's width.

const editor = require('internal/readline/line_editor');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/cursor');

// Removes ANSI escape sequences (for measuring what the prompt shows).
const kEscapeSequence = /\x1b\[[0-9;]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[@-_]/g;

// East Asian wide and fullwidth characters take two columns.
function characterWidth(codePoint) {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  const wide = (codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) || (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) || (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

// The row and column `text` ends at when written from column 0 of a terminal `columns` wide
// (tabs stop every tabSize columns).
function displayPosition(text, columns, tabSize) {
  let offset = 0;
  let rows = 0;
  for (const character of text.replace(kEscapeSequence, '')) {
    if (character === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
      continue;
    }
    if (character === '\t') {
      offset += tabSize - (offset % tabSize);
      continue;
    }
    const width = characterWidth(character.codePointAt(0));
    if (width === 2 && (offset + 1) % columns === 0) offset++;
    offset += width;
  }
  if (columns === Infinity) return { cols: offset, rows };
  const cols = offset % columns;
  return { cols, rows: rows + (offset - cols) / columns };
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (const string of strings) {
    while (!string.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

class TerminalInput {
  // `iface` is the Interface (line, cursor, history, output, prompt); `submit()` ends the line.
  constructor(iface, submit) {
    this.iface = iface;
    this.submit = submit;
    this.prevRows = 0;
    this.substringSearch = null;
    this.sawReturnAt = 0;
    this.previousKeyWasTab = false;
    // Whether the last chunk of input was one key (typed) rather than several (pasted), and how
    // many of its tabs are still to come as text.
    this.sawKeyPress = false;
    this.literalTabs = 0;
  }

  write(text) {
    this.iface.output?.write(text);
  }

  get columns() {
    return this.iface.output?.columns || Infinity;
  }

  displayPosition(text) {
    return displayPosition(text, this.columns, this.iface.tabSize);
  }

  cursorPosition() {
    const { iface } = this;
    return this.displayPosition(iface.getPrompt() + iface.line.slice(0, iface.cursor));
  }

  // Redraws the prompt and line from the start of the prompt's row, leaving the cursor at its
  // place in the line.
  refreshLine() {
    const { iface } = this;
    const line = iface.getPrompt() + iface.line;
    const end = this.displayPosition(line);
    const cursor = this.cursorPosition();
    if (this.prevRows > 0) moveCursor(iface.output, 0, -this.prevRows);
    cursorTo(iface.output, 0);
    clearScreenDown(iface.output);
    this.write(line);
    // A line that ends at the right edge needs the terminal to move to the next row.
    if (end.cols === 0) this.write(' ');
    cursorTo(iface.output, cursor.cols);
    const above = end.rows - cursor.rows;
    if (above > 0) moveCursor(iface.output, 0, -above);
    this.prevRows = cursor.rows;
  }

  insertString(text) {
    const { iface } = this;
    if (iface.cursor < iface.line.length) {
      editor.insertText(iface, text);
      this.refreshLine();
      return;
    }
    const before = this.cursorPosition();
    editor.insertText(iface, text);
    const after = this.cursorPosition();
    if (before.rows < after.rows && this.sawKeyPress) this.refreshLine();
    else this.write(text);
  }

  // Moves the cursor dx characters (clamped to the line), redrawing when it changes rows.
  moveCursor(dx) {
    const { iface } = this;
    if (dx === 0) return;
    const before = this.cursorPosition();
    iface.cursor = Math.min(Math.max(iface.cursor + dx, 0), iface.line.length);
    const after = this.cursorPosition();
    if (before.rows === after.rows) moveCursor(iface.output, after.cols - before.cols, 0);
    else this.refreshLine();
  }

  // Applies an editing function of line_editor, redrawing when it changed something.
  edit(change) {
    if (change(this.iface) !== false) this.refreshLine();
  }

  // The history entry `step` older (1) or newer (-1), skipping entries equal to the line; with
  // Up and Down (`search`), only entries that start with what was before the cursor when they
  // began. Past the ends, the search text itself.
  recall(step, search) {
    const { iface } = this;
    const { history } = iface;
    if (step > 0 ? !(iface.historyIndex < history.length && history.length > 0) : iface.historyIndex < 0) return;
    if (search) search = this.substringSearch ??= iface.line.slice(0, iface.cursor);
    else search = '';
    let index = iface.historyIndex + step;
    while (index >= 0 && index < history.length &&
      ((search && !history[index].startsWith(search)) || iface.line === history[index])) {
      index += step;
    }
    iface.line = index === history.length || index === -1 ? search : history[index];
    iface.historyIndex = index;
    iface.cursor = iface.line.length;
    this.refreshLine();
  }

  // Tab: one completion is inserted; several insert their common prefix, and a second Tab
  // lists them in columns.
  complete(wasTab) {
    const { iface } = this;
    iface.pause();
    const onCompletions = (error, result) => {
      iface.resume();
      if (error || !Array.isArray(result)) return;
      const [completions, completeOn] = result;
      if (!Array.isArray(completions) || completions.length === 0) return;
      const candidates = completions.filter((completion) => completion !== '');
      if (completions.length === 1) {
        this.insertString(completions[0].slice(completeOn.length));
        return;
      }
      const prefix = commonPrefix(candidates);
      if (prefix.length > completeOn.length) {
        this.insertString(prefix.slice(completeOn.length));
        return;
      }
      if (!wasTab) return;
      this.listCompletions(completions);
      this.refreshLine();
    };
    // A completer of two parameters answers through its callback, others by returning.
    const line = iface.line.slice(0, iface.cursor);
    if (iface.completer.length === 2) iface.completer(line, onCompletions);
    else onCompletions(null, iface.completer(line));
  }

  listCompletions(completions) {
    const width = Math.max(...completions.map((completion) => completion.length)) + 2;
    let perRow = Math.floor(this.columns / width) || 1;
    if (perRow === Infinity) perRow = 1;
    let text = '\r\n';
    let column = 0;
    let padding = 0;
    for (const completion of completions) {
      if (completion === '' || column === perRow) {
        text += '\r\n';
        column = 0;
        padding = 0;
      } else {
        text += ' '.repeat(padding);
      }
      if (completion !== '') {
        text += completion;
        padding = width - completion.length;
        column++;
      } else {
        text += '\r\n';
      }
    }
    if (column !== 0) text += '\r\n\r\n';
    this.write(text);
  }

  // One key: `sequence` is what was typed (undefined for escape sequences), `key` its name and
  // modifiers.
  onKeypress(sequence, key = {}) {
    const { iface } = this;
    const wasTab = this.previousKeyWasTab;
    this.previousKeyWasTab = key.name === 'tab' && !key.ctrl && !key.meta;
    if (key.name !== 'up' && key.name !== 'down') this.substringSearch = null;
    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this.edit(editor.deleteToStart);
      else if (key.name === 'delete') this.edit(editor.deleteToEnd);
    } else if (key.ctrl) {
      this.onControlKey(key);
    } else if (key.meta) {
      if (key.name === 'b') this.moveCursor(-editor.wordLeftDistance(iface));
      else if (key.name === 'f') this.moveCursor(editor.wordRightDistance(iface));
      else if (key.name === 'd' || key.name === 'delete') this.edit(editor.deleteWordRight);
      else if (key.name === 'backspace') this.edit(editor.deleteWordLeft);
    } else {
      this.onPlainKey(sequence, key, wasTab);
    }
  }

  onControlKey(key) {
    const { iface } = this;
    switch (key.name) {
      case 'c':
        if (iface.listenerCount('SIGINT') > 0) iface.emit('SIGINT');
        else iface.close();
        break;
      case 'h':
        this.edit(editor.deleteLeft);
        break;
      case 'd':
        if (iface.cursor === 0 && iface.line.length === 0) iface.close();
        else this.edit(editor.deleteRight);
        break;
      case 'u':
        this.edit(editor.deleteToStart);
        break;
      case 'k':
        this.edit(editor.deleteToEnd);
        break;
      case 'a':
        this.moveCursor(-Infinity);
        break;
      case 'e':
        this.moveCursor(Infinity);
        break;
      case 'b':
        this.moveCursor(-1);
        break;
      case 'f':
        this.moveCursor(1);
        break;
      case 'l':
        cursorTo(iface.output, 0, 0);
        clearScreenDown(iface.output);
        this.refreshLine();
        break;
      case 'n':
        this.recall(-1, false);
        break;
      case 'p':
        this.recall(1, false);
        break;
      case 'z':
        if (iface.listenerCount('SIGTSTP') > 0) iface.emit('SIGTSTP');
        else this.suspend();
        break;
      case 'w':
      case 'backspace':
        this.edit(editor.deleteWordLeft);
        break;
      case 'delete':
        this.edit(editor.deleteWordRight);
        break;
      case 'left':
        this.moveCursor(-editor.wordLeftDistance(iface));
        break;
      case 'right':
        this.moveCursor(editor.wordRightDistance(iface));
        break;
    }
  }

  onPlainKey(sequence, key, wasTab) {
    const { iface } = this;
    switch (key.name) {
      case 'return':
        this.sawReturnAt = Date.now();
        this.submit();
        break;
      case 'enter':
        // The \n of a \r\n pair already ended the line.
        if (this.sawReturnAt === 0 || Date.now() - this.sawReturnAt > iface.crlfDelay) this.submit();
        this.sawReturnAt = 0;
        break;
      case 'backspace':
        this.edit(editor.deleteLeft);
        break;
      case 'delete':
        this.edit(editor.deleteRight);
        break;
      case 'left':
        this.moveCursor(-(iface.cursor >= 2 && iface.line.codePointAt(iface.cursor - 2) > 0xffff ? 2 : 1));
        break;
      case 'right':
        this.moveCursor(iface.line.codePointAt(iface.cursor) > 0xffff ? 2 : 1);
        break;
      case 'home':
        this.moveCursor(-Infinity);
        break;
      case 'end':
        this.moveCursor(Infinity);
        break;
      case 'up':
        this.recall(1, true);
        break;
      case 'down':
        this.recall(-1, true);
        break;
      case 'tab':
        if (this.literalTabs > 0) {
          this.literalTabs--;
        } else if (typeof iface.completer === 'function') {
          this.complete(wasTab);
          break;
        }
        // Without a completer, a tab is text.
      // fallthrough
      default:
        if (typeof sequence === 'string' && sequence) this.insertString(sequence.replace(/\r\n?/g, '\n'));
    }
  }

  // Ctrl+Z with no 'SIGTSTP' listener: the process stops; when it continues, the terminal is
  // raw again and the line redrawn.
  suspend() {
    const { iface } = this;
    process.once('SIGCONT', () => {
      if (!iface.paused) {
        iface.pause();
        iface.emit('SIGCONT');
      }
      iface.input.setRawMode?.(true);
      this.refreshLine();
    });
    iface.input.setRawMode?.(false);
    process.kill(process.pid, 'SIGTSTP');
  }
}

module.exports = { TerminalInput, displayPosition };
