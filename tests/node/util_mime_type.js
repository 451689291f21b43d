'use strict';
// util.MIMEType and util.MIMEParams: parsing, serialization, setters and their errors.
const { MIMEType, MIMEParams } = require('util');

const inputs = [
  'text/html; charset=utf-8', 'TEXT/HTML;Charset="UTF-8";foo=bar', '  text/plain  ',
  'text/plain;a="b\\"c";d=;e;=f;g="h', 'text/plain;A=1;a=2', 'a/b;x="with space"', 'a/b; x = y',
  'a/b;x=\u00e9', 'a/b;x=""', 'a/b;;;  ;x=1;;y="2" ; z=3\t', 'a/b \t;x=1', 'a/b;x="1"junk;y=2',
  'application/vnd.api+json;q=0.5', 'bad', 'text/', '/x', 'te xt/plain', 'text/pl@in', 'a/b\u0100',
];
for (const input of inputs) {
  try {
    const mime = new MIMEType(input);
    console.log(JSON.stringify(input), '->', mime.type, mime.subtype, mime.essence, String(mime),
      JSON.stringify(mime), JSON.stringify([...mime.params]));
  } catch (error) {
    console.log(JSON.stringify(input), '->', error.name, error.code, error.message);
  }
}

const mime = new MIMEType('a/b;c=d');
console.log(mime, Object.prototype.toString.call(mime));
for (const [name, value] of [['type', 'x y'], ['subtype', ''], ['subtype', 'a/b']]) {
  try {
    mime[name] = value;
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
mime.type = 'Foo';
mime.subtype = 'BAR';
console.log(String(mime), mime.essence);

const params = mime.params;
params.set('q', 'a b');
params.set('r', '');
params.set('s', 'x"y\\z');
params.set('t', 'tok');
console.log(String(mime), params.has('q'), params.get('q'), params.get('zz'));
for (const [name, value] of [['bad key', 'v'], ['', 'v'], ['k', '\u0100'], ['k', 'a\nb']]) {
  try {
    params.set(name, value);
  } catch (error) {
    console.log(JSON.stringify(name), error.code, error.message);
  }
}
params.delete('c');
params.delete('missing');
console.log([...params.keys()], [...params.values()], [...params.entries()], params.toJSON());
console.log(MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);

const empty = new MIMEParams();
console.log(empty, JSON.stringify(String(empty)), [...empty]);
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
console.log(String(new MIMEType({ toString() { return 'x/y;z=1'; } })), new MIMEType('a/b;k="x\\"').params.get('k'));
try {
  new MIMEType();
} catch (error) {
  console.log(error.code, error.message);
}
