let a = () => {}
let b = async x => x
let c = (x) =>
  ({ x })
var d = async
function e() {}
return_label: { break return_label }
f = a => b => c => d
g = (a, b) => (c, d) => ({ ...a, ...c })
h = async function* () { yield; yield* h(); }
i = x?.y.z?.()?.[w]
for (let of of []) ;
for (async of => {}; ; ) break
