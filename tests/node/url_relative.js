// Resolving relative references against base URLs (RFC 3986 examples and URL Standard quirks).
const base = 'http://a/b/c/d;p?q';
const refs = [
  'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
  '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
  '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
  'http:g', 'http:/g', 'https:g', '\\g', '\\\\g\\h', '  g  ', 'g\th',
];
for (const ref of refs) console.log(JSON.stringify(ref), new URL(ref, base).href);
const others = [
  ['#f', 'mailto:x'], ['?q', 'mailto:x'], ['x', 'mailto:x'], ['//h/p', 'https://a/'], ['p', 'foo://h/a/b'],
  ['../p', 'foo:/a/b'], ['p', 'foo:a'], ['?q', 'http://a/b?c#d'], ['', 'http://a/b?c#d'], ['x', 'bad'],
  ['http://x/', 'bad'], ['/p', 'file:///C:/a/b'], ['//h/p', 'file:///a'], ['C|/x', 'file:///a/b'],
];
for (const [input, b] of others) {
  try {
    console.log(JSON.stringify(input), JSON.stringify(b), new URL(input, b).href);
  } catch (e) {
    console.log(JSON.stringify(input), JSON.stringify(b), e.code, e.base);
  }
}
