// URLSearchParams: construction from strings, records and sequences; every method.
const show = (p) => console.log(JSON.stringify(p.toString()), p.size, [...p]);
show(new URLSearchParams());
show(new URLSearchParams(''));
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('a=b=c&&=&d&%zz=%C3%A9+x&e=%2B%20'));
show(new URLSearchParams({ a: 1, b: [2, 3], c: null }));
show(new URLSearchParams([['x', 'y'], new Set(['k', 'v'])]));
show(new URLSearchParams(new URLSearchParams('q=1')));
show(new URLSearchParams(null));
show(new URLSearchParams(42));
show(new URLSearchParams('\ud800=1'));
for (const bad of [[[1]], [['a', 'b', 'c']], [1]]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new URLSearchParams('a=1&b=2&a=3&c=4');
console.log(p.get('a'), p.get('z'), p.getAll('a'), p.getAll('z'), p.has('b'), p.has('a', '3'), p.has('a', '9'));
p.append('d', 'x y&z');
p.set('a', 'new');
show(p);
p.delete('b');
p.delete('d', 'nope');
show(p);
p.delete('d', 'x y&z');
show(p);
p.set('z', '€');
show(p);
const sorted = new URLSearchParams('z=1&b=2&a=3&b=1&\u00e9=4&E=5');
sorted.sort();
show(sorted);
p.forEach(function (value, name, object) { console.log(name, value, object === p, this.tag); }, { tag: 't' });
for (const method of ['append', 'set']) {
  try { p[method]('only'); } catch (e) { console.log(method, e.code, e.message); }
}
for (const method of ['get', 'getAll', 'has', 'delete']) {
  try { p[method](); } catch (e) { console.log(method, e.code, e.message); }
}
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.code, e.message); }
try { p.forEach(1); } catch (e) { console.log(e.code); }
console.log(Object.prototype.toString.call(p), String(new URLSearchParams({ '!\'()~*-._': ' ' })));
