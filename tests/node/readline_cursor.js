// readline.cursorTo / moveCursor / clearLine / clearScreenDown and readline/promises Readline.
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const written = [];
const out = new Writable({ objectMode: true, write(chunk, encoding, cb) { written.push(chunk); cb(); } });
log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4), readline.moveCursor(out, -2, 3));
log(readline.moveCursor(out, 5, -1), readline.moveCursor(out, 0, 0));
log(readline.clearLine(out, -1), readline.clearLine(out, 0), readline.clearLine(out, 1), readline.clearScreenDown(out));
log(JSON.stringify(written));
log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1), readline.clearLine(null, 0), readline.clearScreenDown(null));
log(readline.cursorTo(out, 'a'), JSON.stringify(written.slice(11)));
readline.moveCursor(out, 0, 0, () => log('moveCursor callback'));
readline.cursorTo(out, 1, () => log('cursorTo callback'));
for (const bad of [() => readline.cursorTo(out, NaN), () => readline.clearLine(out, 0, 5),
  () => new Readline({}), () => new Readline(out).cursorTo(1.5), () => new Readline(out).clearLine('x')]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

async function promises() {
  written.length = 0;
  const r = new Readline(out);
  r.cursorTo(0).moveCursor(2, -3).clearLine(0).clearScreenDown();
  log('queued, nothing written', written.length);
  await r.commit();
  log('committed', JSON.stringify(written));
  r.cursorTo(5, 6).rollback();
  await r.commit();
  log('after rollback', JSON.stringify(written.slice(1)));
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(9);
  log('auto before tick', written.length);
  await new Promise((resolve) => process.nextTick(resolve));
  log('auto after tick', JSON.stringify(written.slice(-1)));
}
setImmediate(() => promises().then(() => log('done')));
