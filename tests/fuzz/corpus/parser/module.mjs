import def, * as ns from "mod";
import { a as b, "string name" as c, default as d } from './x.js' with { type: "json" };
import "side-effect";
export { b as e, c as "str" };
export * from "y";
export * as z from "z";
export default class {}
export const f = await import("dyn");
export function g() {}
export let h = import.meta.url;
