'use strict';
// stream/promises: pipeline and finished returning promises.

const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end-of-stream');
const { isIterable, isNodeStream, isWebStream } = require('internal/streams/utils');

// pipeline ( ...streams [, options] ): the last argument is options when it is neither a
// stream (Node or web) nor an iterable nor a function.
function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let options;
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !isWebStream(last)) {
      options = streams.pop();
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, options);
  });
}

module.exports = { pipeline, finished };
