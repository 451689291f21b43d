// url.pathToFileURL and fileURLToPath round trips for unusual POSIX paths.
const { pathToFileURL, fileURLToPath } = require('url');
const paths = ['/', '/a', '/a/', '/a b', '/a%b', '/a#b', '/a?b', '/a\\b', '/é', '/😀', '/a\tb', '/a\nb', '/a\rb',
  '/a;b', '/a=b', '/[x]', '/a|b', '/a"b', '/a<b>', '/a`b', '/a{b}', '/a^b', "/a'b", '/..', '/a/../b', '/a//b', '/./a'];
for (const p of paths) {
  const url = pathToFileURL(p);
  console.log(JSON.stringify(p), url.href, JSON.stringify(fileURLToPath(url)));
}
for (const href of ['file:///a%2fb', 'file:///a%2Fb', 'file:///a%5Cb', 'file:///%00', 'file://localhost/a', 'file:///C:/x']) {
  try {
    console.log(href, JSON.stringify(fileURLToPath(href)));
  } catch (e) {
    console.log(href, e.code);
  }
}
for (const bad of [null, {}, 1, new URL('https://a/')]) {
  try {
    fileURLToPath(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
