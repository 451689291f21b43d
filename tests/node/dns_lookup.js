// dns.lookup and dns.promises.lookup of 'localhost' and of IP literals (only facts that do not
// depend on the machine), argument checks, and lookupService's checks.
const dns = require('dns');

function attempt(label, action) {
  try {
    action();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('hostname 5:', () => dns.lookup(5, () => {}));
attempt('no callback:', () => dns.lookup('localhost'));
attempt('family 5:', () => dns.lookup('localhost', 5, () => {}));
attempt('options.family 3:', () => dns.lookup('localhost', { family: 3 }, () => {}));
attempt('bad hints:', () => dns.lookup('localhost', { hints: 1234 }, () => {}));
attempt('bad order:', () => dns.lookup('localhost', { order: 'random' }, () => {}));
attempt('all not boolean:', () => dns.lookup('localhost', { all: 1 }, () => {}));
attempt('lookupService bad address:', () => dns.lookupService('nope', 80, () => {}));
attempt('lookupService bad port:', () => dns.lookupService('127.0.0.1', 70000, () => {}));
attempt('promises family IPv4:', () => dns.promises.lookup('localhost', { family: 'IPv4' }));
attempt('setDefaultResultOrder bad:', () => dns.setDefaultResultOrder('x'));
console.log('default order:', dns.getDefaultResultOrder());
console.log('flags:', typeof dns.ADDRCONFIG, typeof dns.V4MAPPED, typeof dns.ALL, dns.NOTFOUND, dns.NODATA);

dns.lookup('127.0.0.1', (error, address, family) => console.log('IPv4 literal:', error, address, family));
dns.lookup('::1', { all: true }, (error, addresses) => console.log('IPv6 literal, all:', error, addresses));
dns.lookup('localhost', { family: 4 }, (error, address, family) => {
  console.log('localhost family 4:', error, address, family);
  dns.lookup('localhost', { all: true, family: 4 }, (error, addresses) => {
    console.log('localhost all family 4:', error, addresses);
    dns.promises.lookup('localhost', { family: 4 }).then((result) => {
      console.log('promises.lookup:', result);
      return dns.promises.lookup('::1', { all: true });
    }).then((result) => console.log('promises.lookup all:', result));
  });
});
