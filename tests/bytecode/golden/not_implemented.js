// Constructs the generator does not support yet compile to a TypeError thrown when reached.
async function f() { await using resource = open(); }
for (using r of resources) r.run();
