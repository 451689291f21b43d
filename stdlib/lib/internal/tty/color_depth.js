'use strict';
// How many colors a terminal shows, from the environment as Node reads it: 1 (2 colors),
// 4 (16), 8 (256) or 24 (16 million) bits.

const kDepth2 = 1;
const kDepth16 = 4;
const kDepth256 = 8;
const kDepth16m = 24;

// Terminals known by their exact TERM name.
const kKnownTerminals = {
  __proto__: null,
  eterm: kDepth16, cons25: kDepth16, console: kDepth16, cygwin: kDepth16, dtterm: kDepth16, gnome: kDepth16,
  hurd: kDepth16, jfbterm: kDepth16, konsole: kDepth16, kterm: kDepth16, mlterm: kDepth16, putty: kDepth16,
  st: kDepth16, mosh: kDepth16m, 'rxvt-unicode-24bit': kDepth16m, terminator: kDepth16m,
};
// TERM names that mean at least 16 colors.
const kColorTerminalPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /rxvt/, /screen/, /xterm/, /vt100/];
// CI services whose logs show 256 colors.
const kColorfulCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

function forcedDepth(value) {
  if (value === '' || value === '1' || value === 'true') return kDepth16;
  if (value === '2') return kDepth256;
  if (value === '3') return kDepth16m;
  return kDepth2;
}

// FORCE_COLOR wins over NO_COLOR and NODE_DISABLE_COLORS; a warning says so, once.
let warnedIgnoredEnv = false;
function warnIgnoredEnv(env) {
  const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => env[name] !== undefined);
  if (ignored.length === 0 || warnedIgnoredEnv) return;
  warnedIgnoredEnv = true;
  process.emitWarning(`The ${ignored.map((name) => `'${name}'`).join(' and ')} env is ignored due to the 'FORCE_COLOR' env being set.`);
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    warnIgnoredEnv(env);
    return forcedDepth(env.FORCE_COLOR);
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return kDepth2;
  if (env.TMUX) return kDepth256;
  if (env.CI) {
    if (kColorfulCIs.some((name) => name in env) || env.CI_NAME === 'codeship') return kDepth256;
    return kDepth2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? kDepth16 : kDepth2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? kDepth256 : kDepth16m;
    case 'HyperTerm':
    case 'MacTerm':
      return kDepth16m;
    case 'Apple_Terminal':
      return kDepth256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return kDepth16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return kDepth256;
    const term = env.TERM.toLowerCase();
    if (kKnownTerminals[term]) return kKnownTerminals[term];
    if (kColorTerminalPatterns.some((pattern) => pattern.test(term))) return kDepth16;
  }
  if (env.COLORTERM) return kDepth16;
  return kDepth2;
}

module.exports = { getColorDepth };
