'use strict';
// module.SourceMap: Source Map v3 mappings (VLQ), findEntry/findOrigin, index maps, payload.
const { SourceMap, findSourceMap } = require('module');

const map = new SourceMap({
  version: 3, file: 'out.js', sources: ['a.js', 'b.js'], names: ['foo', 'bar'],
  mappings: 'AAAA,SAASA;AACA,IAAIC', sourcesContent: ['x', 'y'],
});
console.log(map.payload, Object.getOwnPropertyNames(SourceMap.prototype));
for (const [line, column] of [[0, 0], [0, 8], [0, 10], [1, 5], [5, 5]]) console.log(line, column, map.findEntry(line, column));
for (const [line, column] of [[1, 1], [2, 6], [10, 1]]) console.log(line, column, map.findOrigin(line, column));

const payload = { version: 3, sources: ['s.js'], names: [], mappings: ';;GAAA,EAAE;IACF' };
const later = new SourceMap(payload);
console.log(later.payload === payload, later.payload);
for (const [line, column] of [[0, 0], [2, 0], [2, 3], [2, 100], [3, 0], [3, 4]]) {
  console.log(line, column, later.findEntry(line, column));
}
console.log(later.findOrigin(1, 1), later.findOrigin(3, 3));

const wide = new SourceMap({ version: 3, sources: ['a.js'], names: [], mappings: 'AAAA,gBAAgB;ACAgB' });
console.log(wide.findEntry(0, 16), wide.findEntry(1, 1));
const negative = new SourceMap({ version: 3, sources: ['a.js', 'b.js'], names: ['n'], mappings: 'AAKA,CCDDA,CDDDD' });
console.log(negative.findEntry(0, 1), negative.findEntry(0, 2));
const rooted = new SourceMap({ version: 3, sources: ['a.js'], names: [], mappings: 'AAAA', sourceRoot: '/root/' });
console.log(rooted.findEntry(0, 0));
const sectioned = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 1, column: 0 }, map: { version: 3, sources: ['x.js'], names: [], mappings: 'AAAA' } },
    { offset: { line: 3, column: 5 }, map: { version: 3, sources: ['y.js'], names: ['z'], mappings: 'EAAAA' } },
  ],
});
console.log(sectioned.findEntry(1, 0), sectioned.findEntry(0, 0), sectioned.findEntry(3, 9), sectioned.payload.sections.length);
const short = new SourceMap({ version: 3, sources: ['a.js'], names: [], mappings: 'A' });
console.log(short.findEntry(0, 0));
const nullSource = new SourceMap({ version: 3, sources: ['a.js', null], names: [], mappings: 'AAAA,CCAA' });
console.log(nullSource.findEntry(0, 1));
const empty = new SourceMap({ version: 3, sources: [], mappings: '' }, { lineLengths: [3, 4] });
console.log(empty.findEntry(0, 0), empty.findOrigin(1, 1), empty.lineLengths, map.lineLengths);

for (const bad of [1, null, 'map']) {
  try {
    new SourceMap(bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log(findSourceMap(__filename), findSourceMap('/nonexistent.js'));
