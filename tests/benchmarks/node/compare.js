// Prints the side-by-side table of scripts/bench-sms from bench_sms's Google
// Benchmark JSON and bench.js's output:  node compare.js CPP.json JS.json
'use strict';
const fs = require('fs');

const cpp = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const js = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const bench = (name) => {
  const found = cpp.benchmarks.find((b) => b.name === name || b.name === `${name}/real_time`);
  if (!found) throw new Error(`bench_sms did not report ${name}`);
  return found;
};

const packages = Object.keys(js).filter((k) => typeof js[k] === 'object');
const fastest = packages.reduce((a, b) => (js[a].messages_per_second >= js[b].messages_per_second ? a : b));
const fastestText = packages.reduce((a, b) => (js[a].text_mb_per_second >= js[b].text_mb_per_second ? a : b));
const count = bench('BM_CountMix').items_per_second;
const analyze = bench('BM_AnalyzeMix').items_per_second;
const gsmText = bench('BM_CountGsm7Text10MB').bytes_per_second / 1e6;
const europeanText = bench('BM_CountGsm7EuropeanText10MB').bytes_per_second / 1e6;

const n = (x, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits });
const rows = [
  ['messages/s, realistic mix', 'core/sms count()', n(count), ''],
  ['', 'core/sms analyze()', n(analyze), ''],
  ...packages.map((p) => ['', `${p} (Node ${js.node})`, n(js[p].messages_per_second), '']),
  ['MB/s, one 10 MB GSM-7 text', 'core/sms count()', n(gsmText), ''],
  ...packages.map((p) => [
    '',
    p,
    n(js[p].text_mb_per_second, 2),
    js[p].text_bytes < 10e6 ? `measured on the first ${n(js[p].text_bytes / 1000)} kB: slower than linear` : '',
  ]),
  ['MB/s, 10 MB GSM-7 with äöüñ£', 'core/sms count()', n(europeanText), ''],
];
for (const row of rows) console.log(`${row[0].padEnd(30)} ${row[1].padEnd(42)} ${row[2].padStart(14)}  ${row[3]}`);
console.log('');
const ratio = count / js[fastest].messages_per_second;
const ratioAnalyze = analyze / js[fastest].messages_per_second;
const ratioText = gsmText / js[fastestText].text_mb_per_second;
console.log(`count() is ${n(ratio)}x the fastest JavaScript counter (${fastest}); analyze() ${n(ratioAnalyze)}x.`);
console.log(`On the 10 MB text count() is ${n(ratioText)}x ${fastestText}.`);
const ok = ratio >= 20 && gsmText >= 1000;
console.log(`Targets (20x the fastest JavaScript counter, 1 GB/s on GSM-7 text): ${ok ? 'met' : 'NOT met'}.`);
process.exitCode = ok ? 0 : 1;
