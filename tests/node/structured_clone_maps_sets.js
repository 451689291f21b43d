// structuredClone of Maps and Sets: order, object keys, nested collections, NaN and -0 keys.
const key = { id: 1 };
const map = new Map([[key, 'object key'], [NaN, 'nan'], [-0, 'zero'], ['nested', new Map([['inner', new Set([1, 2])]])]]);
map.set('selfKey', key);
const copy = structuredClone(map);
console.log(copy);
console.log([...copy.keys()].map(String), copy.get(NaN), copy.get(0), copy.has(key));
const [clonedKey] = copy.keys();
console.log(clonedKey !== key, copy.get('selfKey') === clonedKey, copy.get(clonedKey));
const set = new Set([3, 1, 2, 'b', 'a', key, [key]]);
const clonedSet = structuredClone(set);
console.log(clonedSet, [...clonedSet][5] === [...clonedSet][6][0]);
const labelled = new Map([[1, 2]]);
labelled.extra = 'dropped';
console.log(structuredClone(labelled), Object.keys(structuredClone(labelled)));
class MyMap extends Map {}
const subclassed = structuredClone(new MyMap([[1, 'one']]));
console.log(subclassed, subclassed instanceof MyMap, subclassed instanceof Map);
const iterated = new Map([[1, 'a']]);
const before = structuredClone({ iterated });
iterated.set(2, 'b');
console.log(before.iterated.size, iterated.size);
console.log(structuredClone(new Map()), structuredClone(new Set([[]])));
