// connect() through the lookup option: a single address, invalid ones skipped, autoSelectFamily
// trying each address in turn (connectionAttempt events, an AggregateError when all fail), and
// the options the lookup function receives. Port 1 of the loopback addresses is closed; the
// cases run one after another.
const net = require('net');

const cases = [
  ['one string answer with all: true', { lookup: (host, options, callback) => callback(null, '127.0.0.1', 4) }],
  ['an invalid address skipped', {
    lookup: (host, options, callback) => callback(null, [{ address: 'zz', family: 4 }, { address: '127.0.0.1', family: 4 }]),
  }],
  ['autoSelectFamily off, invalid answer', {
    autoSelectFamily: false,
    lookup: (host, options, callback) => {
      console.log('  lookup options:', options);
      callback(null, 'zz', 4);
    },
  }],
  ['two addresses', {
    lookup: (host, options, callback) => {
      console.log('  lookup options:', options);
      callback(null, [{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 }]);
    },
  }],
  ['lookup fails', { lookup: (host, options, callback) => callback(Object.assign(new Error('no such host'), { code: 'ENOTFOUND' })) }],
];

function next(index) {
  if (index === cases.length) return;
  const [label, options] = cases[index];
  console.log(label);
  const socket = net.connect({ port: 1, host: 'example.test', ...options });
  socket.on('connectionAttempt', (...args) => console.log('  attempt', args));
  socket.on('connectionAttemptFailed', (address, port, family, error) => console.log('  failed', address, port, family, error.message));
  socket.on('error', (error) => {
    console.log('  error:', error.constructor.name, error.code, JSON.stringify(error.message));
    if (error.errors) console.log('  errors:', error.errors.map((each) => each.message));
    if (socket.autoSelectFamilyAttemptedAddresses) console.log('  attempted:', socket.autoSelectFamilyAttemptedAddresses);
  });
  socket.on('close', () => next(index + 1));
}
next(0);
