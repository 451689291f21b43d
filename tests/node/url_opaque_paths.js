// URLs with opaque paths (mailto:, data:, javascript:...): parsing, encoding, setters that
// have no effect, and relative references against them.
const inputs = ['mailto:a@b', 'data:text/plain,hello world', 'javascript:void(0)', 'urn:x:y', 'a:b c', 'a:\u00e9',
  'a:\u0001\u007f', 'a:b?c d#e f', 'tel:+1-555', 'x:', 'x:?', 'x:#'];
for (const input of inputs) {
  const u = new URL(input);
  console.log(JSON.stringify(input), u.href, JSON.stringify(u.pathname), JSON.stringify(u.search), JSON.stringify(u.hash), u.origin);
}
const u = new URL('mailto:a@b?x=1#f');
u.pathname = '/other';
u.host = 'h';
u.hostname = 'h';
u.port = '80';
u.username = 'u';
u.password = 'p';
console.log(u.href);
u.search = 'q=2';
u.hash = 'g';
console.log(u.href);
u.protocol = 'news';
console.log(u.href);
for (const ref of ['#x', '?y', 'z', '']) {
  try { console.log(JSON.stringify(ref), new URL(ref, 'mailto:a@b').href); } catch (e) { console.log(JSON.stringify(ref), e.code); }
}
