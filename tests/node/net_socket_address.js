// net.SocketAddress: defaults, canonical IPv6 text, getters, toJSON, inspection, and the
// argument errors.
const net = require('net');

const examples = [
  undefined, {}, { address: '10.0.0.5', port: 80 }, { address: '::1', family: 'ipv6', flowlabel: 5 },
  { family: 'ipv6' }, { address: '::0001', family: 'ipv6' }, { address: '2001:DB8:0:0:0:0:0:1', family: 'IPv6' },
  { address: '::ffff:1.2.3.4', family: 'ipv6', port: 443 }, { address: '1:0:0:1:0:0:0:1', family: 'ipv6' },
  { address: 'fe80:0:0:0:1:2:3:4', family: 'ipv6' }, { address: '1:2:3:4:5:6:7:8', family: 'ipv6' },
];
for (const options of examples) {
  const address = new net.SocketAddress(options);
  console.log(address);
  console.log(' ', address.address, address.port, address.family, address.flowlabel, JSON.stringify(address));
}
const one = new net.SocketAddress({ address: '1.1.1.1', port: 53 });
console.log('isSocketAddress:', net.SocketAddress.isSocketAddress(one), net.SocketAddress.isSocketAddress({}),
  net.SocketAddress.isSocketAddress(null));
console.log('toJSON is a copy:', one.toJSON() !== one.toJSON(), one.toJSON());
console.log('nested:', { where: one });

function attempt(label, options) {
  try {
    console.log(label, new net.SocketAddress(options));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
attempt('bad address:', { address: 'x' });
attempt('IPv6 text as IPv4:', { address: '::1' });
attempt('IPv4 text as IPv6:', { address: '1.2.3.4', family: 'ipv6' });
attempt('bad family:', { family: 'x' });
attempt('bad port:', { port: -1 });
attempt('port string:', { port: 'http' });
attempt('address number:', { address: 1 });
attempt('flowlabel -1:', { family: 'ipv6', flowlabel: -1 });
attempt('options number:', 1);
