// url.domainToASCII and domainToUnicode on valid, invalid and mixed domains.
const url = require('url');
const domains = ['', '.', 'a.', '.a', 'A.B.C', 'ex\u00e4mple.org', 'EX\u00c4MPLE.ORG', '\u0440\u0444', 'xn--p1ai',
  '\u4f8b\u3048.\u30c6\u30b9\u30c8', 'xn--r8jz45g.xn--zckzah', 'a\u00ADb.com', 'a\u3002b', 'xn--', 'xn--xn--a',
  'a_b.com', 'a b.com', 'a%b.com', '\u2488.com', 'ﬀ.com', '123', '1.2.3.4', '[::1]'];
for (const domain of domains) {
  console.log(JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
console.log(url.domainToASCII(123), url.domainToUnicode(null));
