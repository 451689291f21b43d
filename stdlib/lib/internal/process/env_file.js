'use strict';
// process.loadEnvFile ( [path] ): the variables of a .env file (util.parseEnv's format; the file
// .env in the working directory by default) added to process.env, without overriding those
// already set.

const { readFileSync } = require('fs');
const { getValidatedPath } = require('internal/fs/utils');
const { parseEnv } = require('internal/util/parse_env');

function loadEnvFile(path = '.env') {
  const variables = parseEnv(readFileSync(getValidatedPath(path), 'utf8'));
  for (const [name, value] of Object.entries(variables)) {
    if (!Object.hasOwn(process.env, name)) process.env[name] = value;
  }
}

module.exports = { loadEnvFile };
