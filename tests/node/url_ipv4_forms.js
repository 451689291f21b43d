// IPv4 hosts written in other forms: fewer parts, octal and hex numbers, trailing dots, and
// hosts that only look numeric.
const hosts = ['0x7f000001', '017700000001', '2130706433', '127.0.0.0x1', '127.0.0.01', '0x7f.0.0.1', '0X7F.0.0.1',
  '127.16777217', '127.0.65537', '1.2.3.256', '00', '0x0', '0.0.0.0', '255.255.255.255', '256.256.256.256',
  '1.2.3.4.', '1..2.3', '.1.2.3', '1.2.3.4x', 'x1.2.3.4', '0x1g', '09', '0xffffffff', '0x100000000', '1.2.3.09'];
for (const host of hosts) {
  try {
    const u = new URL(`http://${host}/`);
    console.log(host, '->', u.hostname);
  } catch (e) {
    console.log(host, '->', e.code);
  }
}
for (const host of ['1.2.3.4', '0x7f.1', '999.1']) console.log(host, new URL(`foo://${host}/`).hostname);
