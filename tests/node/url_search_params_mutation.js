// URLSearchParams append/set/delete/has with two-argument forms, and size after each change.
const p = new URLSearchParams('a=1&b=2&a=3&c=&a=1');
const show = (label) => console.log(label, p.size, p.toString());
show('start');
console.log(p.has('a'), p.has('a', '3'), p.has('a', '4'), p.has('c', ''), p.has('c', undefined), p.has('d'));
p.delete('a', '1');
show('delete a=1');
p.delete('a', undefined);
show('delete a undefined');
p.append('a', 'x');
p.append('a', 'y');
p.set('a', 'z');
show('set a');
p.set('new', 'v');
show('set new');
p.append(1, 2);
p.append(null, undefined);
p.append({ toString: () => 'obj' }, [1, 2]);
show('coerced');
console.log(p.get('1'), p.get('null'), p.get('obj'), p.getAll('missing'), p.get('missing'));
p.delete('b');
p.delete('c');
p.delete('nothing');
show('deletes');
try { p.append(Symbol('s'), 'x'); } catch (e) { console.log(e.name); }
