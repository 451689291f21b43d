'use strict';
// PerformanceResourceTiming: the 'resource' entry performance.markResourceTiming makes from a
// fetch's timing info (the Fetch standard's "fetch timing info": startTime, redirect and
// network times, finalConnectionTimingInfo with the connection's times and ALPN protocol,
// endTime and the body sizes).

const { PerformanceEntry, kCreate, illegalConstructor } = require('internal/perf/entries');

// What a response adds to its encoded body on the wire, as Node counts it.
const kHeaderSizeEstimate = 300;

class PerformanceResourceTiming extends PerformanceEntry {
  #initiatorType;
  #timing;
  #cacheMode;

  constructor(key = undefined, name, timing, initiatorType, cacheMode) {
    if (key !== kCreate) throw illegalConstructor();
    super(kCreate, name, 'resource', timing.startTime, timing.endTime - timing.startTime);
    this.#timing = timing;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
  }

  get name() { return super.name; }
  get startTime() { return super.startTime; }
  get duration() { return super.duration; }
  get initiatorType() { return this.#initiatorType; }
  get workerStart() { return this.#timing.finalServiceWorkerStartTime; }
  get redirectStart() { return this.#timing.redirectStartTime; }
  get redirectEnd() { return this.#timing.redirectEndTime; }
  get fetchStart() { return this.#timing.postRedirectStartTime; }
  get domainLookupStart() { return this.#timing.finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this.#timing.finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this.#timing.finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this.#timing.finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this.#timing.finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this.#timing.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this.#timing.finalNetworkRequestStartTime; }
  get responseStart() { return this.#timing.finalNetworkResponseStartTime; }
  get responseEnd() { return this.#timing.endTime; }
  get encodedBodySize() { return this.#timing.encodedBodySize; }
  get decodedBodySize() { return this.#timing.decodedBodySize; }

  // A response served from the local cache crossed no network.
  get transferSize() {
    return this.#cacheMode === 'local' ? 0 : this.#timing.encodedBodySize + kHeaderSizeEstimate;
  }

  toJSON() {
    const json = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const key of ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
      'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
      'requestStart', 'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize']) {
      json[key] = this[key];
    }
    return json;
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

module.exports = { PerformanceResourceTiming };
