// fsPromises.watch: an async iterator of { eventType, filename }, ended by break or by an
// AbortSignal (AbortError).
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
  const file = path.join(dir, 'watched.txt');
  fs.writeFileSync(file, 'start');

  const watcher = fsp.watch(file);
  console.log('async iterable:', typeof watcher[Symbol.asyncIterator]);
  setTimeout(() => fs.appendFileSync(file, '+'), 20);
  for await (const event of watcher) {
    console.log('event:', Object.keys(event).join(' '), event.eventType, event.filename);
    break;
  }

  const controller = new AbortController();
  const aborted = fsp.watch(dir, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  try {
    for await (const event of aborted) console.log('unexpected event', event.eventType);
  } catch (error) {
    console.log('aborted:', error.name, error.message);
  }

  const already = new AbortController();
  already.abort();
  try {
    for await (const event of fsp.watch(dir, { signal: already.signal })) console.log('unexpected', event);
  } catch (error) {
    console.log('aborted before:', error.name);
  }

  const missing = fsp.watch(path.join(dir, 'missing'));
  console.log('missing made lazily:', typeof missing.next);
  try {
    for await (const event of missing) console.log('unexpected', event);
  } catch (error) {
    console.log('missing rejects:', error.code, error.syscall, error.message.replaceAll(dir, '<dir>'));
  }
  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
