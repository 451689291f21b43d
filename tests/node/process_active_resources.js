'use strict';
// process.getActiveResourcesInfo: servers, sockets, referenced timers and immediates (the
// standard streams, which differ by how the test runs, are left out of what is printed).
const net = require('net');

const show = (label) => console.log(label, process.getActiveResourcesInfo()
  .filter((name) => name !== 'PipeWrap' && name !== 'TTYWrap'));

show('at start');
const timer = setTimeout(() => {}, 1000);
const immediate = setImmediate(() => {});
const unrefed = setTimeout(() => {}, 1000);
unrefed.unref();
const cleared = setImmediate(() => {});
clearImmediate(cleared);
const unrefedImmediate = setImmediate(() => {});
unrefedImmediate.unref();
const interval = setInterval(() => {}, 1000);
show('timers');
clearInterval(interval);
timer.unref();
show('after unref');
timer.ref();
clearImmediate(immediate);

const server = net.createServer().listen(0, () => {
  show('listening');
  let closedSockets = 0;
  const whenClosed = (name) => () => {
    console.log(name, 'closed');
    if (++closedSockets < 2) return;
    server.close(() => {
      clearTimeout(timer);
      console.log('server closed');
    });
  };
  server.on('connection', (accepted) => {
    accepted.on('close', whenClosed('accepted socket'));
    setImmediate(() => {
      show('connected');
      accepted.end();
    });
  });
  const socket = net.connect(server.address().port);
  socket.resume();
  socket.on('end', () => socket.end());
  socket.on('close', whenClosed('client socket'));
});
console.log(typeof process._getActiveHandles, typeof process._getActiveRequests);
