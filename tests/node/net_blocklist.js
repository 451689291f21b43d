// net.BlockList: addresses, ranges and subnets of both families, IPv4-mapped IPv6 addresses
// matching IPv4 rules, SocketAddress arguments, the rules list, and argument errors.
const net = require('net');

const list = new net.BlockList();
list.addAddress('123.123.123.123');
list.addRange('10.0.0.1', '10.0.0.10');
list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
list.addAddress('::0001', 'ipv6');
list.addSubnet('192.168.0.0', 16);
list.addRange(new net.SocketAddress({ address: '2001:db8::1', family: 'ipv6' }), new net.SocketAddress({ address: '2001:db8::ff', family: 'ipv6' }), 'ipv6');
console.log(list.rules);
console.log(list);

const checks = [
  ['123.123.123.123'], ['10.0.0.1'], ['10.0.0.10'], ['10.0.0.11'], ['222.111.111.222'],
  ['8592:757c:efae:4e45::f', 'ipv6'], ['8592:757c:efae:4e46::f', 'ipv6'], ['::ffff:7b7b:7b7b', 'ipv6'],
  ['::ffff:10.0.0.5', 'ipv6'], ['::1', 'ipv6'], ['192.168.4.4'], ['192.169.0.0'], ['2001:db8::80', 'ipv6'],
  ['2001:db8::100', 'ipv6'], ['1.2.3.4', 'ipv6'], ['zz'], ['10.0.0.5', 'IPv4'],
];
for (const [address, family] of checks) console.log('check', address, family ?? '', list.check(address, family));
console.log('check SocketAddress:', list.check(new net.SocketAddress({ address: '10.0.0.5', port: 80 })));

const mapped = new net.BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
console.log(mapped.rules, 'IPv4 address in the mapped subnet:', mapped.check('9.9.9.9'));

const everything = new net.BlockList();
everything.addSubnet('0.0.0.0', 0);
console.log('/0 matches all IPv4:', everything.check('255.255.255.255'), everything.check('0.0.0.0'));

function attempt(label, action) {
  try {
    console.log(label, action());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
attempt('addAddress bad:', () => list.addAddress('x'));
attempt('addAddress number:', () => list.addAddress(1));
attempt('family ipv5:', () => list.addAddress('1.2.3.4', 'ipv5'));
attempt('range reversed:', () => list.addRange('10.0.0.10', '10.0.0.1'));
attempt('range number:', () => list.addRange(1, 2));
attempt('prefix 33:', () => list.addSubnet('1.2.3.4', 33));
attempt('prefix 129:', () => list.addSubnet('::', 129, 'ipv6'));
attempt('prefix string:', () => list.addSubnet('1.2.3.4', 'x'));
attempt('check number:', () => list.check(1));
