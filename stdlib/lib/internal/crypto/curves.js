'use strict';
// The elliptic curves OpenSSL knows: getCurves() and the check of a curve name (a short name
// such as 'prime256v1', or a NIST name such as 'P-256').

const binding = internalBinding('crypto');

// NIST's names for the curves that have one, and OpenSSL's.
const kNistCurves = { 'P-192': 'prime192v1', 'P-224': 'secp224r1', 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

let curveNames;
function curves() {
  curveNames ??= binding.curveNames().split('\n').sort();
  return curveNames;
}

function getCurves() {
  return [...curves()];
}

function isCurve(name) {
  return curves().includes(kNistCurves[name] ?? name);
}

module.exports = { getCurves, isCurve };
