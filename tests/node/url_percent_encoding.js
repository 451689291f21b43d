// Which characters each URL component percent-encodes (path, query, special query, fragment,
// userinfo, opaque paths), including non-ASCII and lone surrogates.
const chars = [' ', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', ';', '<', '=', '>', '@', '[', '\\', ']',
  '^', '`', '{', '|', '}', '~', '\u007f', '\u0080', 'é', '€', '😀', '\u0001', '\ud800'];
for (const c of chars) {
  const special = new URL('http://h/');
  special.pathname = `/a${c}b`;
  special.search = `?a${c}b`;
  special.hash = `a${c}b`;
  special.username = `u${c}`;
  special.password = `p${c}`;
  const other = new URL(`foo://h/?a${c}b`);
  const opaque = new URL(`foo:a${c}b`);
  console.log(JSON.stringify(c), special.href, other.search, opaque.pathname);
}
console.log(new URL('http://h/%zz%2g%%41').pathname, new URL('http://h/?%zz').search);
console.log(new URL('http://h/ä/%C3%A4').pathname);
