// The URL class's shape: property descriptors, static methods, toString/toJSON, receivers.
const desc = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return d ? Object.entries(d).map(([key, v]) => `${key}:${typeof v === 'function' ? 'fn' : v}`).join(',') : 'none';
};
for (const name of Object.getOwnPropertyNames(URL.prototype)) console.log(name, desc(URL.prototype, name));
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL', 'length', 'name']) console.log('URL.' + name, desc(URL, name));
console.log(URL.prototype[Symbol.toStringTag], typeof URL, URL.length, URL.name);
const u = new URL('http://a/b?c#d');
console.log(String(u), u.toString(), u.toJSON(), JSON.stringify({ u }), `${u}`, u + '');
console.log(Object.keys(u), u instanceof URL, require('url').URL === URL, require('url').URLSearchParams === URLSearchParams);
for (const name of ['href', 'search']) {
  try {
    Object.getOwnPropertyDescriptor(URL.prototype, name).get.call({});
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
try { URL.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
try { new URL('http://a', 'not a base'); } catch (e) { console.log(e.code, e.input, e.base); }
console.log(new URL(new URL('http://x/y'), undefined).href, new URL({ toString: () => 'http://obj/' }).href);
console.log(new URL('/p', new URL('http://base/q')).href);
console.log(globalThis.URL === URL, Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').enumerable);
