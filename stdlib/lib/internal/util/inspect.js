'use strict';
// util.inspect and util.format, laid out as Node lays them out: entries on one line when they
// fit in breakLength (80) and nest at most `compact` (3) levels, else one per line; arrays of
// more than six short entries grouped into aligned columns; depth 2 by default; circular
// references marked <ref *n> / [Circular *n].

const { objectKind, getPromiseDetails, getProxyDetails } = internalBinding('util');

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// `colors: true`: each kind of value (styles) in an ANSI colour or attribute (colors: the SGR
// codes that switch it on and off), as util.inspect.styles and util.inspect.colors expose them.
const colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54],
  overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
  blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49],
  bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
for (const [alias, name] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
  ['doubleunderline', 'doubleUnderline']]) {
  if (colors[alias] === undefined) colors[alias] = colors[name];
  else colors[name] = colors[alias];
}
const styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function stylizeWithColor(text, styleType) {
  const style = styles[styleType];
  const color = style === undefined ? undefined : colors[style];
  return color === undefined ? text : `\u001b[${color[0]}m${text}\u001b[${color[1]}m`;
}

function stylizeNoColor(text) {
  return text;
}

// The length of text as shown: without colour codes.
const colorCodePattern = /\u001b\[\d\d?m/g;
function visibleLength(ctx, text) {
  return ctx.colors ? text.replace(colorCodePattern, '').length : text.length;
}
const kObjectType = 0;
const kArrayExtrasType = 1;
const kMinLineWidth = 16;
const identifierPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function inspect(value, options) {
  const ctx = {
    ...inspectDefaultOptions,
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    circular: undefined,
  };
  if (typeof options === 'boolean') {
    ctx.showHidden = options;
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
  } else if (options !== null && typeof options === 'object') {
    for (const key of Object.keys(options)) {
      if (key in inspectDefaultOptions || key === 'stylize') ctx[key] = options[key];
    }
  }
  ctx.stylize ??= ctx.colors ? stylizeWithColor : stylizeNoColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === null) ctx.depth = Infinity;
  return formatValue(ctx, value, 0, true);
}
inspect.custom = customInspectSymbol;
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) { Object.assign(inspectDefaultOptions, options); },
});

// Strings: single quotes unless the text holds them (then double quotes, then backticks).
const meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];

function strEscape(text) {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) quote = '"';
    else if (!text.includes('`') && !text.includes('${')) quote = '`';
  }
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i];
    if (code < 32) result += meta[code];
    else if (code === 0x7f) result += '\\x7F';
    else if (char === quote || char === '\\') result += '\\' + char;
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        result += char + text[++i];
      } else {
        result += `\\u${code.toString(16).toUpperCase()}`;
      }
    } else result += char;
  }
  return quote + result + quote;
}

function formatNumber(number) {
  return Object.is(number, -0) ? '-0' : `${number}`;
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineWidth && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/).map((line) => ctx.stylize(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return ctx.stylize(strEscape(value), 'string') + trailer;
    }
    case 'number': return ctx.stylize(formatNumber(value), 'number');
    case 'bigint': return ctx.stylize(`${value}n`, 'bigint');
    case 'boolean': return ctx.stylize(`${value}`, 'boolean');
    case 'undefined': return ctx.stylize('undefined', 'undefined');
    case 'symbol': return ctx.stylize(value.toString(), 'symbol');
  }
  return ctx.stylize('null', 'null');
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
  if (value === null) return ctx.stylize('null', 'null');
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) {
      return `Proxy [ ${formatValue(ctx, proxy[0], recurseTimes + 1)}, ${formatValue(ctx, proxy[1], recurseTimes + 1)} ]`;
    }
    value = proxy[0];
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
  }
  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect) {
      const depth = ctx.depth === Infinity ? null : ctx.depth - recurseTimes;
      const options = { ...ctx, depth };
      delete options.seen;
      delete options.indentationLvl;
      delete options.currentDepth;
      delete options.circular;
      const result = custom.call(value, depth, options, inspect);
      if (result !== value) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getConstructorName(object) {
  let current = object;
  while (current !== null && current !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value.name;
    }
    current = Object.getPrototypeOf(current);
  }
  return null;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (showHidden || Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function isIndexKey(key) {
  return typeof key === 'string' && key !== '' && String(key >>> 0) === key && key !== '4294967295';
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function formatRaw(ctx, value, recurseTimes, typedArray) {
  const kind = objectKind(value);
  const constructor = getConstructorName(value);
  // A tag that is an own (enumerable) property is listed with the keys, not in the prefix.
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.hasOwn(value, Symbol.toStringTag)
    : Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)))) tag = '';
  let keys;
  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  const filterIndexKeys = (all) => all.filter((key) => !isIndexKey(key));

  if (kind === 'Array' || kind === 'TypedArray' || kind === 'Map' || kind === 'Set' ||
      kind === 'MapIterator' || kind === 'SetIterator') {
    noIterator = false;
    if (kind === 'Array') {
      const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = filterIndexKeys(getKeys(value, ctx.showHidden));
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (kind === 'Set') {
      const size = value.size;
      keys = getKeys(value, ctx.showHidden);
      const prefix = getPrefix(constructor, tag === 'Set' ? '' : tag, 'Set', `(${size})`);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'Map') {
      const size = value.size;
      keys = getKeys(value, ctx.showHidden);
      const prefix = getPrefix(constructor, tag === 'Map' ? '' : tag, 'Map', `(${size})`);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'TypedArray') {
      keys = filterIndexKeys(getKeys(value, ctx.showHidden));
      const name = typedArrayTag.call(value);
      const prefix = getPrefix(constructor, name === constructor ? '' : name, name, `(${value.length})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else {
      keys = getKeys(value, ctx.showHidden);
      braces = [`[${tag}] {`, '}'];
      formatter = formatIterator;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object' && kind !== 'Arguments' && kind !== 'MappedArguments' && kind !== 'Error' &&
        kind !== 'Promise' && kind !== 'Date' && kind !== 'RegExp' && kind !== 'WeakMap' && kind !== 'WeakSet' &&
        !isBoxed(kind)) {
      if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = ctx.stylize(getFunctionBase(value, constructor, tag), 'special');
      if (keys.length === 0) return base;
    } else if (kind === 'Arguments' || kind === 'MappedArguments') {
      keys = filterIndexKeys(keys);
      braces[0] = '[Arguments] [';
      braces[1] = ']';
      extrasType = kArrayExtrasType;
      formatter = formatArray;
      if (value.length === 0 && keys.length === 0) return '[Arguments] []';
    } else if (kind === 'RegExp') {
      base = RegExp.prototype.toString.call(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      keys = keys.filter((key) => key !== 'lastIndex');
      if (keys.length === 0) return base;
    } else if (kind === 'Date') {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ? Date.prototype.toString.call(value)
        : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'date');
      if (keys.length === 0) return base;
    } else if (kind === 'Error' || value instanceof Error) {
      // As Node's isError: objects that inherit from Error.prototype print as errors too.
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (kind === 'Promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (kind === 'WeakSet' || kind === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      formatter = (ctx) => [ctx.stylize('<items unknown>', 'special')];
    } else if (kind === 'WeakRef') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakRef')}{`;
      formatter = (ctx, value, recurseTimes) => [formatValue(ctx, value.deref(), recurseTimes)];
    } else if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') {
      const prefix = getPrefix(constructor, tag, kind);
      formatter = formatArrayBuffer;
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (kind === 'ModuleNamespace') {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      keys = Object.getOwnPropertyNames(value);
    } else if (isBoxed(kind)) {
      base = formatBoxed(value, kind, constructor, tag, ctx);
      if (kind === 'StringObject') keys = filterIndexKeys(keys).filter((key) => key !== 'length');
      if (keys.length === 0) return base;
    } else {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = (constructor ?? tag) || 'Object';
    if (kind === 'Array') name = constructor === 'Array' ? 'Array' : name;
    return ctx.stylize(`[${constructor === null ? `${kind === 'Array' ? 'Array' : 'Object'}: null prototype` : name}]`, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) output.sort(comparator);
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function isBoxed(kind) {
  return kind === 'NumberObject' || kind === 'StringObject' || kind === 'BooleanObject' ||
    kind === 'SymbolObject' || kind === 'BigIntObject';
}

function formatBoxed(value, kind, constructor, tag, ctx) {
  let type;
  let primitive;
  switch (kind) {
    case 'NumberObject': type = 'Number'; primitive = Number.prototype.valueOf.call(value); break;
    case 'StringObject': type = 'String'; primitive = String.prototype.valueOf.call(value); break;
    case 'BooleanObject': type = 'Boolean'; primitive = Boolean.prototype.valueOf.call(value); break;
    case 'BigIntObject': type = 'BigInt'; primitive = BigInt.prototype.valueOf.call(value); break;
    default: type = 'Symbol'; primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive({ ...ctx, compact: true, stylize: stylizeNoColor }, primitive)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return ctx.stylize(base, type.toLowerCase());
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && /^class(?:\s|\{|$)/.test(source)) {
    let base = `[class ${value.name || '(anonymous)'}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (constructor === null) base += ' [null prototype]';
    const superclass = Object.getPrototypeOf(value);
    if (superclass !== Function.prototype && superclass !== null && superclass.name) base += ` extends ${superclass.name}`;
    else if (superclass === null) base += ' extends [null prototype]';
    return base + ']';
  }
  let type = 'Function';
  const kind = Object.getPrototypeOf(value)?.[Symbol.toStringTag];
  if (kind === 'GeneratorFunction' || kind === 'AsyncFunction' || kind === 'AsyncGeneratorFunction') type = kind;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function formatError(error, constructor, tag, ctx, keys) {
  const name = error.name != null ? String(error.name) : 'Error';
  const stackValue = error.stack;
  let stack = typeof stackValue === 'string' && stackValue !== '' ? stackValue : Error.prototype.toString.call(error);
  // Own "cause" and non-enumerable extras show only with showHidden, as in Node.
  for (const hidden of ['stack', 'message']) {
    const index = keys.indexOf(hidden);
    if (index !== -1 && typeof error[hidden] === 'string' && stack.includes(error[hidden])) keys.splice(index, 1);
  }
  if ('cause' in error && !keys.includes('cause') && Object.hasOwn(error, 'cause')) keys.push('cause');
  if (constructor === null || (name.endsWith('Error') && stack.startsWith(name) &&
      (stack.length === name.length || stack[name.length] === ':' || stack[name.length] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = start?.[1] || '';
      stack = `[${fallback}: null prototype]` + stack.slice(fallback.length);
    } else if (constructor !== name && !stack.startsWith(constructor)) {
      stack = `${constructor} [${name}]` + stack.slice(name.length);
    }
  }
  const firstFrame = stack.indexOf('\n    at');
  if (firstFrame === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indentation}`);
  }
  return stack;
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = getPromiseDetails(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const shown = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${shown}` : shown];
}

function formatArrayBuffer(ctx, value) {
  const bytes = new Uint8Array(value);
  let hex = '';
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  for (let i = 0; i < shown; i++) hex += (i ? ' ' : '') + bytes[i].toString(16).padStart(2, '0');
  const remaining = bytes.length - shown;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function getEmptyFormatArray() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(ctx.maxArrayLength, length);
  const remaining = length - shown;
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!Object.hasOwn(value, i)) return formatArrayWithHoles(ctx, value, recurseTimes, shown);
    output.push(formatArrayValue(ctx, value, recurseTimes, i));
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatArrayWithHoles(ctx, value, recurseTimes, limit) {
  const output = [];
  let i = 0;
  while (i < value.length && output.length < limit) {
    if (!Object.hasOwn(value, i)) {
      let end = i;
      while (end < value.length && !Object.hasOwn(value, end)) end++;
      const holes = end - i;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = end;
      continue;
    }
    output.push(formatArrayValue(ctx, value, recurseTimes, i));
    i++;
  }
  const remaining = value.length - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatArrayValue(ctx, value, recurseTimes, index) {
  const descriptor = Object.getOwnPropertyDescriptor(value, index);
  if (descriptor.get !== undefined || descriptor.set !== undefined) return formatAccessor(ctx, descriptor);
  return formatValue(ctx, descriptor.value, recurseTimes);
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(ctx.maxArrayLength, length);
  const output = [];
  const elementFormatter = typeof value[0] === 'bigint' ? (n) => ctx.stylize(`${n}n`, 'bigint')
    : (n) => ctx.stylize(formatNumber(n), 'number');
  for (let i = 0; i < shown; i++) output.push(elementFormatter(value[i]));
  if (length > shown) output.push(`... ${length - shown} more item${length - shown > 1 ? 's' : ''}`);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const entry of Set.prototype.values.call(value)) output.push(formatValue(ctx, entry, recurseTimes));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const [key, entry] of Map.prototype.entries.call(value)) {
    output.push(`${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, entry, recurseTimes)}`);
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatIterator(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatAccessor(ctx, descriptor) {
  if (descriptor.get !== undefined) return ctx.stylize(descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]', 'special');
  return descriptor.set === undefined ? ctx.stylize('undefined', 'undefined') : ctx.stylize('[Setter]', 'special');
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  let name;
  let shown;
  const descriptor = Object.getOwnPropertyDescriptor(value, key) ?? { value: value[key], enumerable: true };
  if (descriptor.value !== undefined || (descriptor.get === undefined && descriptor.set === undefined)) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    shown = formatValue(ctx, descriptor.value, recurseTimes);
    ctx.indentationLvl -= diff;
  } else if (descriptor.get !== undefined && ctx.getters) {
    const label = descriptor.set !== undefined ? 'Getter/Setter' : 'Getter';
    try {
      const result = descriptor.get.call(value);
      ctx.indentationLvl += 2;
      shown = result === null || typeof result !== 'object'
        ? `${ctx.stylize(`[${label}:`, 'special')} ${formatValue(ctx, result, recurseTimes)}${ctx.stylize(']', 'special')}`
        : `${ctx.stylize(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
      ctx.indentationLvl -= 2;
    } catch (error) {
      shown = ctx.stylize(`[${label}: <Inspection threw (${error.message})>]`, 'special');
    }
  } else {
    shown = formatAccessor(ctx, descriptor);
  }
  if (type === kArrayExtrasType && isIndexKey(key)) return shown;
  if (typeof key === 'symbol') name = `[${ctx.stylize(key.toString(), 'symbol')}]`;
  else if (key === '__proto__') name = "['__proto__']"; // an own property, not the prototype
  else if (identifierPattern.test(key)) name = key;
  else name = ctx.stylize(strEscape(key), 'string');
  if (descriptor.enumerable === false) name = `[${name}]`;
  return `${name}: ${shown}`;
}

// Arrays of more than six entries: as many aligned columns as look square, at most 15 and
// within breakLength; numbers are right-aligned, other entries left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  const entries = ctx.maxArrayLength < output.length ? output.length - 1 : output.length;
  const separatorSpace = 2;
  const lengths = [];
  for (let i = 0; i < entries; i++) {
    const length = visibleLength(ctx, output[i]);
    lengths.push(length);
    totalLength += length + separatorSpace;
    if (length > maxLength) maxLength = length;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) return output;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * entries) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const columnWidths = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let j = column; j < output.length; j += columns) {
      if (lengths[j] > width) width = lengths[j];
    }
    columnWidths.push(width + separatorSpace);
  }
  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }
  const rows = [];
  for (let start = 0; start < entries; start += columns) {
    const end = Math.min(start + columns, entries);
    let row = '';
    // Padded to the column's width as shown: colour codes take no room.
    const width = (j, column) => column + output[j].length - lengths[j];
    for (let j = start; j < end - 1; j++) {
      const cell = `${output[j]}, `;
      row += alignRight ? cell.padStart(width(j, columnWidths[j - start]), ' ') : cell.padEnd(width(j, columnWidths[j - start]), ' ');
    }
    row += alignRight ? output[end - 1].padStart(width(end - 1, columnWidths[end - 1 - start] - separatorSpace), ' ') : output[end - 1];
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[entries]);
  return rows;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += visibleLength(ctx, entry);
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const line = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${line}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// util.format ( format, ...args )
function format(...args) {
  return formatWithOptions(undefined, ...args);
}

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let result = '';
  let join = '';
  let argIndex = 0;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPosition = 0;
    let tempStr;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (argIndex + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++argIndex];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'bigint') tempStr = `${arg}n`;
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++argIndex]);
            break;
          case 100: { // 'd'
            const number = args[++argIndex];
            if (typeof number === 'bigint') tempStr = `${number}n`;
            else if (typeof number === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(Number(number));
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++argIndex], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++argIndex], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const number = args[++argIndex];
            if (typeof number === 'bigint') tempStr = `${number}n`;
            else if (typeof number === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(Number.parseInt(number));
            break;
          }
          case 102: { // 'f'
            const number = args[++argIndex];
            tempStr = typeof number === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(number));
            break;
          }
          case 99: // 'c'
            argIndex += 1;
            tempStr = '';
            break;
          case 37: // '%'
            result += first.slice(lastPosition, i);
            lastPosition = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPosition !== i - 1) result += first.slice(lastPosition, i - 1);
        result += tempStr;
        lastPosition = i + 1;
      } else if (next === 37) {
        result += first.slice(lastPosition, i);
        lastPosition = i + 1;
      }
    }
    if (lastPosition !== 0) {
      argIndex++;
      join = ' ';
      if (lastPosition < first.length) result += first.slice(lastPosition);
    }
  }
  while (argIndex < args.length) {
    const value = args[argIndex];
    result += join;
    result += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    argIndex++;
  }
  return result;
}

function hasBuiltInToString(value) {
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) value = proxy[0];
  if (value === null || typeof value.toString !== 'function') return true;
  if (Object.hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !Object.hasOwn(pointer, 'constructor'));
  const descriptor = pointer && Object.getOwnPropertyDescriptor(pointer, 'constructor');
  const builtins = [Object, Error, Array, Date, RegExp, Map, Set, Promise, Function, Number, String, Boolean, Symbol];
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtins.includes(descriptor.value);
}

function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
    throw error;
  }
}

module.exports = { inspect, format, formatWithOptions, inspectDefaultOptions, strEscape };
