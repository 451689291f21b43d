// International domain names: hosts through UTS #46, url.domainToASCII/domainToUnicode.
const url = require('url');
const domains = [
  'example.com', 'EXAMPLE.com', 'münchen.de', 'MÜNCHEN.de', 'español.com', 'xn--espaol-zwa.com', '中文.com',
  'faß.de', 'xn--iñvalid.com', 'xn--a.com', 'a..b', '', 'ﬁ.com', 'Ⅻ.com', 'a\u200db.com', '-x.com', 'x-.com',
  'ab--c.com', 'xn--zca.de', 'bücher.example', '١.com', 'a.b.c.d',
];
for (const d of domains) console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
for (const d of ['münchen.de', 'xn--mnchen-3ya.de', 'ﬁ.com', 'xn--iñvalid.com', 'faß.de', '%C3%BC.de', 'a%2Eb']) {
  try {
    console.log(d, new URL(`http://${d}/`).host, new URL(`foo://${d}/`).host);
  } catch (e) {
    console.log(d, e.code);
  }
}
try { url.domainToASCII(); } catch (e) { console.log(e.code, e.message); }
