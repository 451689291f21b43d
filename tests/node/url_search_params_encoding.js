// URLSearchParams parsing and serializing: '+', percent-escapes, UTF-8, invalid sequences.
const inputs = ['a+b=c+d', 'a%20b=c%2Bd', '%E2%82%AC=%C3%A9', '%FF=%C3', '%E2%82=x', 'a=%', 'a=%2', '=x', 'x=', 'x',
  '&&a=1&&', 'a=b=c', '%00=%01', '?q=1', '??q=1', 'a=1;b=2', 'a=\u00e9', 'a=%f0%9f%98%80'];
for (const input of inputs) {
  const params = new URLSearchParams(input);
  console.log(JSON.stringify(input), JSON.stringify([...params]), JSON.stringify(params.toString()));
}
const out = new URLSearchParams();
for (const value of [' ', '+', '&', '=', '%', '*', '-', '.', '_', '~', '!', "'", '(', ')', '/', '?', '#', 'é', '😀', '\ud800', '\n']) {
  out.append('k', value);
}
console.log(out.toString());
console.log(new URLSearchParams({ 'a b': 'c d', '\u00e9': '\u20ac' }).toString());
const u = new URL('http://h/?a=b%20c&d=e+f');
console.log(u.searchParams.get('a'), u.searchParams.get('d'), u.search);
u.searchParams.set('a', 'x y');
console.log(u.search, u.href);
