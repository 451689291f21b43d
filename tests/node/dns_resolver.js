// dns.Resolver and the resolve family without the network: argument checks, servers
// (set, formatted, per resolver), cancel(), a server that refuses, reverse's checks, and the
// promise forms.
const dns = require('dns');

function attempt(label, action) {
  try {
    console.log(label, action());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('rrtype BOGUS:', () => dns.resolve('example', 'BOGUS', () => {}));
attempt('rrtype number:', () => dns.resolve('example', 1, () => {}));
attempt('name number:', () => dns.resolve4(1, () => {}));
attempt('no callback:', () => dns.resolveMx('example'));
attempt('reverse bad ip:', () => dns.reverse('x', () => {}));
attempt('reverse number:', () => dns.reverse(1, () => {}));
attempt('setServers bad:', () => dns.setServers(['x']));
attempt('setServers not array:', () => dns.setServers('1.2.3.4'));
attempt('setServers number entry:', () => dns.setServers([1]));
attempt('timeout -2:', () => new dns.Resolver({ timeout: -2 }));
attempt('tries 0:', () => new dns.Resolver({ tries: 0 }));
attempt('tries 1.5:', () => new dns.Resolver({ tries: 1.5 }));
attempt('promises rrtype:', () => dns.promises.resolve('example', 'BOGUS'));

const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
console.log('resolver servers are the system ones:', JSON.stringify(resolver.getServers()) === JSON.stringify(dns.getServers()));
resolver.setServers(['1.2.3.4', '[::1]:53', '5.6.7.8:5353', '::2', '[::3]:99', '[fe80::1]']);
console.log('formatted:', resolver.getServers());
console.log('the default resolver is unchanged:', JSON.stringify(dns.getServers()) !== JSON.stringify(resolver.getServers()));
for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse', 'cancel',
  'getServers', 'setServers']) {
  if (typeof dns.Resolver.prototype[method] !== 'function' || typeof dns.promises.Resolver.prototype[method] !== 'function') {
    console.log('missing', method);
  }
}

// Nothing listens on port 9 of the loopback address.
const refused = new dns.Resolver({ timeout: 200, tries: 1 });
refused.setServers(['127.0.0.1:9']);
refused.resolveTxt('example.test', (error) => {
  console.log('refused:', error.code, error.syscall, error.hostname, error.message);
  const cancelled = new dns.Resolver({ timeout: 200, tries: 1 });
  cancelled.setServers(['127.0.0.1:9']);
  cancelled.resolve4('example.test', (error) => console.log('cancelled:', error.code, error.message));
  cancelled.cancel();
  const promised = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  promised.setServers(['127.0.0.1:9']);
  promised.resolveSrv('_x._tcp.example.test').catch((error) => console.log('promise rejected:', error.code, error.syscall));
});
