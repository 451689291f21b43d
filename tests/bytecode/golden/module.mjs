// Imports (default, named, namespace with attributes), exports of every kind, import.meta, top-level await.
import def, { a as b, c } from "./x.js";
import * as ns from "./y.js" with { type: "json" };
export const k = b + c;
export function f() { return def + k; }
export default class { m() { return ns; } }
export { c as d, ns };
export * from "./z.js";
export { q as r } from "./x.js";
const v = await import.meta.resolve("w");
