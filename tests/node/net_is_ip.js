// net.isIP, isIPv4 and isIPv6 on valid and invalid addresses of each kind.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04',
  ' 1.2.3.4', '1.2.3.4 ', '::', '::1', '1::', 'fe80::1', 'fe80::1%eth0', 'fe80::1%', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', '::ffff:192.168.1.1', '::ffff:192.168.1.256', '1:2:3:4:5:6:1.2.3.4',
  '1:2:3:4:5:6:7:1.2.3.4', 'abcd::12345', 'ABCD:EF01::', 'g::1', ':1', '1:', '', 'localhost', 'example.com',
  '[::1]', '1.2.3.4/24',
];
for (const input of inputs) {
  console.log(JSON.stringify(input).padEnd(26), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
for (const value of [undefined, null, 1234, { toString: () => '1.2.3.4' }, ['::1']]) {
  console.log(String(value), net.isIP(value), net.isIPv4(value), net.isIPv6(value));
}
