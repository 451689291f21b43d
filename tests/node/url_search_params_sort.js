// URLSearchParams.prototype.sort: stable, by UTF-16 code units, and reflected in the URL.
const inputs = ['c=1&b=2&a=3', 'a=2&a=1&b=0&a=0', 'z=1&A=2&a=3&_=4&0=5', '\u00e9=1&e=2&\u00c9=3&f=4',
  '\ud83d\ude00=1&\uffff=2&\u00ff=3', 'b=1&=2&a=3', 'x=1&x=2&x=3&w=0', ''];
for (const input of inputs) {
  const params = new URLSearchParams(input);
  params.sort();
  console.log(JSON.stringify(input), JSON.stringify([...params]), params.toString());
}
const u = new URL('http://h/?z=1&y=2#frag');
u.searchParams.sort();
console.log(u.href);
const empty = new URL('http://h/?');
empty.searchParams.sort();
console.log(empty.href, JSON.stringify(empty.search));
