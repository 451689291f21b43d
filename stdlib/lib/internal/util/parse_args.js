'use strict';
// util.parseArgs: command-line arguments to option values and positionals, as declared by
// `options` ({ name: { type: 'string'|'boolean', short, multiple, default } }).

const { invalidArgType } = require('internal/errors');

function parseArgsError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

function validateType(value, name, type) {
  if (typeof value !== type) throw invalidArgType(name, `of type ${type}`, value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, 'of type object', value);
}

// Checks one option's declaration, in the order Node does.
function validateOption(name, config) {
  const prefix = `options.${name}`;
  validateObject(config, prefix);
  const { type, short, multiple, default: defaultValue } = config;
  if (type !== 'string' && type !== 'boolean') throw invalidArgType(`${prefix}.type`, "('string|boolean')", type);
  if (Object.hasOwn(config, 'short')) {
    validateType(short, `${prefix}.short`, 'string');
    if (short.length !== 1) {
      const error = new TypeError(`The property '${prefix}.short' must be a single character. Received '${short}'`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
  }
  if (Object.hasOwn(config, 'multiple')) validateType(multiple, `${prefix}.multiple`, 'boolean');
  if (defaultValue !== undefined) {
    if (multiple) {
      if (!Array.isArray(defaultValue)) throw invalidArgType(`${prefix}.default`, 'an instance of Array', defaultValue);
      defaultValue.forEach((item, i) => validateType(item, `${prefix}.default[${i}]`, type));
    } else {
      validateType(defaultValue, `${prefix}.default`, type);
    }
  }
}

// The arguments after the script (after the -e/-p code when there is no script).
function defaultArgs() {
  const evaluating = (process.execArgv ?? []).some((arg) => ['-e', '--eval', '-p', '--print'].includes(arg));
  return process.argv.slice(evaluating ? 1 : 2);
}

// Splits `args` into tokens: options (short groups expanded, inline values split off),
// positionals, and the "--" terminator.
function tokenize(args, options) {
  const longForShort = (short) => Object.keys(options).find((name) => options[name].short === short) ?? short;
  const isStringOption = (name) => options[name]?.type === 'string';
  const tokens = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const next = args[index + 1];
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let i = index + 1; i < args.length; i++) tokens.push({ kind: 'positional', index: i, value: args[i] });
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      tokens.push({ kind: 'positional', index, value: arg });
    } else if (arg[1] !== '-') {
      // Short options: "-f", "-fVALUE" (a string option), or a group "-abc".
      const name = longForShort(arg[1]);
      if (arg.length === 2) {
        const takesNext = isStringOption(name) && next !== undefined;
        tokens.push({ kind: 'option', name, rawName: arg, index, value: takesNext ? next : undefined, inlineValue: takesNext ? false : undefined });
        if (takesNext) index++;
      } else if (isStringOption(name)) {
        tokens.push({ kind: 'option', name, rawName: arg.slice(0, 2), index, value: arg.slice(2), inlineValue: true });
      } else {
        for (let i = 1; i < arg.length; i++) {
          const groupName = longForShort(arg[i]);
          if (isStringOption(groupName) && i + 1 < arg.length) {
            tokens.push({ kind: 'option', name: groupName, rawName: `-${arg[i]}`, index, value: arg.slice(i + 1), inlineValue: true });
            break;
          }
          const takesNext = isStringOption(groupName) && next !== undefined;
          tokens.push({ kind: 'option', name: groupName, rawName: `-${arg[i]}`, index, value: takesNext ? next : undefined, inlineValue: takesNext ? false : undefined });
          if (takesNext) index++;
        }
      }
    } else {
      const equals = arg.indexOf('=', 3);
      if (equals !== -1) {
        tokens.push({ kind: 'option', name: arg.slice(2, equals), rawName: arg.slice(0, equals), index, value: arg.slice(equals + 1), inlineValue: true });
      } else {
        const name = arg.slice(2);
        const takesNext = isStringOption(name) && next !== undefined;
        tokens.push({ kind: 'option', name, rawName: arg, index, value: takesNext ? next : undefined, inlineValue: takesNext ? false : undefined });
        if (takesNext) index++;
      }
    }
  }
  return tokens;
}

// "-f, --file" or "--file", as the error messages name an option.
function describeOption(name, options) {
  const short = options[name]?.short;
  return short ? `-${short}, --${name}` : `--${name}`;
}

// The strict checks of one option token.
function checkOption(token, options, allowPositionals) {
  const { name, rawName, value, inlineValue } = token;
  const config = options[name];
  if (config === undefined) {
    const hint = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}` : '';
    throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${rawName}'${hint}`);
  }
  const shown = describeOption(name, options);
  if (config.type === 'string') {
    if (typeof value !== 'string') {
      throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shown} <value>' argument missing`);
    }
    if (!inlineValue && value[0] === '-') {
      const example = rawName.startsWith('--') ? `'--${name}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
      throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
    }
  } else if (value !== undefined) {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shown}' does not take an argument`);
  }
}

function parseArgs(config = {}) {
  validateObject(config, 'config');
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? {};
  if (!Array.isArray(args)) throw invalidArgType('args', 'an instance of Array', args);
  validateType(strict, 'strict', 'boolean');
  validateType(allowPositionals, 'allowPositionals', 'boolean');
  validateType(returnTokens, 'tokens', 'boolean');
  validateType(allowNegative, 'allowNegative', 'boolean');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) validateOption(name, optionConfig);

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      positionals.push(token.value);
    }
    if (token.kind !== 'option') continue;
    // "--no-name" of a boolean option sets it to false.
    let negated = false;
    if (allowNegative && token.rawName.startsWith('--no-') && options[token.name] === undefined) {
      const name = token.name.slice(3);
      if (options[name]?.type === 'boolean') {
        token.name = name;
        negated = true;
      }
    }
    if (strict) checkOption(negated ? { ...token, rawName: `--${token.name}` } : token, options, allowPositionals);
    if (token.value === undefined) {
      delete token.value;
      delete token.inlineValue;
    }
    const value = negated ? false : token.value ?? true;
    if (options[token.name]?.multiple) {
      values[token.name] ??= [];
      values[token.name].push(value);
    } else {
      values[token.name] = value;
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    if (optionConfig.default !== undefined && values[name] === undefined) values[name] = optionConfig.default;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
