// structuredClone of Dates and RegExps: values, flags, lastIndex reset, extra properties dropped.
const dates = [new Date(0), new Date(-1), new Date(8.64e15), new Date(NaN), new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999))];
for (const date of dates) {
  const copy = structuredClone(date);
  console.log(copy.getTime(), copy !== date, Object.getPrototypeOf(copy) === Date.prototype);
}
const tagged = new Date(5);
tagged.note = 'dropped';
console.log(Object.keys(structuredClone(tagged)), structuredClone({ when: new Date(1000) }));
const patterns = [/plain/, /flags/gimsuy, /(?<year>\d{4})-(?<month>\d\d)/d, /[\p{L}]+/u, /\//, new RegExp(''), /a|b/v];
for (const pattern of patterns) {
  const copy = structuredClone(pattern);
  console.log(String(copy), copy.source, copy.flags, copy !== pattern, copy.lastIndex);
}
const sticky = /x/y;
sticky.lastIndex = 7;
sticky.custom = true;
const clonedSticky = structuredClone(sticky);
console.log(clonedSticky.lastIndex, clonedSticky.custom, Object.keys(clonedSticky));
const named = structuredClone(/(?<word>\w+)/).exec('hello');
console.log(named.groups.word);
