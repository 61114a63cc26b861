// The JavaScript SMS counters Shortcode Studio compares itself with, run on
// the corpus that bench_sms writes (scripts/bench-sms does all of it):
//   node bench.js CORPUS.jsonl TEXT.txt
// Prints one JSON object: for each package, messages per second over the
// corpus and MB/s (UTF-8 bytes) over the 10 MB text (or the part of it that
// the package can handle in reasonable time).
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');
const { SegmentedMessage } = require('sms-segments-calculator');
const splitSms = require('split-sms');

const [corpusPath, textPath] = process.argv.slice(2);
if (!corpusPath || !textPath) {
  console.error('usage: node bench.js CORPUS.jsonl TEXT.txt');
  process.exit(2);
}
const corpus = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
const text = fs.readFileSync(textPath, 'utf8');

// What each package is asked: encoding and number of segments, the same as
// count() answers. split-sms in its cheaper "summary" mode.
const counters = {
  'sms-segments-calculator': (m) => {
    const s = new SegmentedMessage(m);
    return s.segmentsCount + (s.encodingName === 'GSM-7' ? 0 : 1000);
  },
  'split-sms': (m) => {
    const s = splitSms.split(m, { summary: true });
    return s.parts.length + (s.characterSet === 'GSM' ? 0 : 1000);
  },
};

let sink = 0;

// Messages per second: after a warm-up (for the JIT), go round the corpus
// until `seconds` have gone by. sms-segments-calculator needs about a minute
// for one pass over 100,000 messages, so whole passes are not required.
function messagesPerSecond(counter, seconds) {
  for (let i = 0; i < 2000; ++i) sink += counter(corpus[i % corpus.length]);
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let k = 0; k < 100; ++k) sink += counter(corpus[(done + k) % corpus.length]);
    done += 100;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  return done / elapsed;
}

// MB/s on one long text. sms-segments-calculator is quadratic in the length
// (100 kB take about 20 s), so grow from 10 kB to 100 kB to the whole text
// only while a pass stays fast, and report the size that was measured.
function textRate(counter) {
  let result = null;
  for (const [size, limit] of [[10000, 0.01], [100000, 0.2], [text.length, Infinity]]) {
    const piece = text.slice(0, size);
    sink += counter(piece); // warm-up
    const start = performance.now();
    sink += counter(piece);
    const seconds = (performance.now() - start) / 1000;
    const bytes = Buffer.byteLength(piece, 'utf8');
    result = { mb_per_second: bytes / seconds / 1e6, bytes };
    if (seconds > limit) break;
  }
  return result;
}

const results = {};
for (const [name, counter] of Object.entries(counters)) {
  const rate = messagesPerSecond(counter, 3);
  const long = textRate(counter);
  results[name] = {
    messages_per_second: rate,
    text_mb_per_second: long.mb_per_second,
    text_bytes: long.bytes,
  };
}
results.node = process.version;
results.messages = corpus.length;
results.sink = sink;
console.log(JSON.stringify(results));
