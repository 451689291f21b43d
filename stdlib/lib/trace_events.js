'use strict';
// trace_events: Tracing objects over sets of trace categories (createTracing), and the
// categories enabled across them (getEnabledCategories). Sable records no trace events, so
// enabling a Tracing (which would start writing node_trace.*.log) throws ERR_NOT_IMPLEMENTED
// and no category is ever enabled.

const { codedError, invalidArgType } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

class Tracing {
  #categories;

  constructor(categories) {
    this.#categories = categories;
  }

  enable() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'Recording trace events (tracing.enable()) is not implemented in Sable yet');
  }

  // A Tracing is never enabled here: there is nothing to stop.
  disable() {}

  get enabled() {
    return false;
  }

  get categories() {
    return this.#categories.join(',');
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `Tracing ${inspect({ enabled: this.enabled, categories: this.categories }, options)}`;
  }
}

// createTracing ( { categories } ): a Tracing, disabled, for a non-empty array of names.
function createTracing(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const { categories } = options;
  if (!Array.isArray(categories)) throw invalidArgType('options.categories', 'an instance of Array', categories);
  categories.forEach((category, index) => {
    if (typeof category !== 'string') throw invalidArgType(`options.categories[${index}]`, 'of type string', category);
  });
  if (categories.length === 0) {
    throw codedError(TypeError, 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required');
  }
  return new Tracing(categories);
}

// The enabled categories, comma-separated, or undefined when there are none (always, here).
function getEnabledCategories() {
  return undefined;
}

module.exports = { createTracing, getEnabledCategories };
