// Constructs the generator does not support yet compile to a TypeError thrown when reached.
async function* delegating(inner) { yield* inner; }
{ using resource = open(); }
