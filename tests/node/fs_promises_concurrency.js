// Many fs/promises and callback operations in flight at once: each completes with its own
// result, and the results keep the order the code asks for.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'sable-test-'));
  const names = Array.from({ length: 20 }, (_, index) => `file-${String(index).padStart(2, '0')}`);

  await Promise.all(names.map((name, index) => fsp.writeFile(path.join(dir, name), 'x'.repeat(index))));
  console.log('written:', (await fsp.readdir(dir)).length);

  const sizes = await Promise.all(names.map(async (name) => (await fsp.stat(path.join(dir, name))).size));
  console.log('sizes in order:', sizes.join(','));

  const texts = await Promise.all(names.map((name) => fsp.readFile(path.join(dir, name), 'utf8')));
  console.log('lengths in order:', texts.map((text) => text.length).join(','));

  const settled = await Promise.allSettled(names.map((name, index) =>
    index % 3 === 0 ? fsp.readFile(path.join(dir, 'missing-' + name)) : fsp.access(path.join(dir, name))));
  console.log('settled:', settled.map((result) => result.status[0]).join(''));

  let pending = names.length;
  const order = [];
  await new Promise((resolve) => {
    names.forEach((name, index) => {
      fs.appendFile(path.join(dir, name), 'y', (error) => {
        if (error) throw error;
        order.push(index);
        if (--pending === 0) resolve();
      });
    });
  });
  console.log('all callbacks ran:', order.length, new Set(order).size);
  const after = await Promise.all(names.map(async (name) => (await fsp.stat(path.join(dir, name))).size));
  console.log('each appended once:', after.every((size, index) => size === index + 1));

  const handles = await Promise.all(names.slice(0, 5).map((name) => fsp.open(path.join(dir, name))));
  console.log('distinct fds:', new Set(handles.map((handle) => handle.fd)).size);
  await Promise.all(handles.map((handle) => handle.close()));

  await Promise.all(names.map((name) => fsp.unlink(path.join(dir, name))));
  console.log('left:', (await fsp.readdir(dir)).length);
  await fsp.rmdir(dir);
  console.log('removed:', !fs.existsSync(dir));
})();
