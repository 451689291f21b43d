// Queries and fragments: empty ones, setters with and without their leading characters, and
// characters kept or encoded in each.
const inputs = ['http://h/?', 'http://h/#', 'http://h/?#', 'http://h/??a', 'http://h/##a', 'http://h/?a#b?c#d',
  'http://h/?a b', "http://h/?a'b", "foo://h/?a'b", 'http://h/#a b', 'http://h/#a`b', 'mailto:x?y#z'];
for (const input of inputs) {
  const u = new URL(input);
  console.log(input, '->', u.href, JSON.stringify(u.search), JSON.stringify(u.hash));
}
const u = new URL('http://h/p');
for (const search of ['a=1', '?a=2', '??a', '', '?', 'a b#c']) {
  u.search = search;
  console.log('search =', JSON.stringify(search), u.href, JSON.stringify(u.search));
}
for (const hash of ['x', '#y', '##z', '', '#', 'a b`<>']) {
  u.hash = hash;
  console.log('hash =', JSON.stringify(hash), u.href, JSON.stringify(u.hash));
}
