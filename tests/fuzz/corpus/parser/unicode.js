var ℮ = 1, ゆ = 2, $ = 3, _ = 4, \u{10000} = 5;
var s = "\u2028\u2029 line separators  in strings";
// comment with ünïcödé and a surrogate pair 😀
var 𐀀 = '😀'.length;
