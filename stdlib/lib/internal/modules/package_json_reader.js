'use strict';
// Reading package.json files for the module loaders: one parse per file (cached), and the
// package scope of a file (the nearest package.json up its folders, stopping at node_modules).

const path = require('path');
const fs = internalBinding('fs');

const cache = new Map();

// The parsed package.json of `directory`, or false when there is none.
function readPackage(directory) {
  const jsonPath = path.resolve(directory, 'package.json');
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  let result = false;
  if (fs.internalModuleStat(jsonPath) === 0) {
    const text = fs.readFileUtf8(jsonPath);
    try {
      result = JSON.parse(text);
    } catch (error) {
      error.path = jsonPath;
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      throw error;
    }
  }
  cache.set(jsonPath, result);
  return result;
}

// The package a file belongs to: { data, directory, jsonPath }, or null outside any.
function findPackageScope(filename) {
  let directory = path.dirname(filename);
  for (;;) {
    const data = readPackage(directory);
    if (data) return { data, directory, jsonPath: path.join(directory, 'package.json') };
    if (directory === '/' || directory.endsWith('/node_modules')) return null;
    directory = path.dirname(directory);
  }
}

module.exports = { readPackage, findPackageScope };
