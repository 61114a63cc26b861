// `shortcode-audit sms --jsonl` over a batch of messages, end to end, next to
// the npm package sms-length 0.2.2 on the same batch (scripts/bench-sms runs
// it with the batch that bench_sms writes):
//   node batch.js AUDIT_EXECUTABLE BATCH.jsonl [ROUNDS]
// Prints one JSON object with the medians, in milliseconds, of ROUNDS rounds
// (default 11); each round runs every measurement once, so the machine's
// drift hits all of them alike:
//   cli_ms             shortcode-audit sms --jsonl < BATCH > file: process
//                      start, reading, analysing, writing JSON, exit
//   in_process_ms      sms-length inside this Node process, warm: count() of
//                      every message, already parsed (the yardstick)
//   in_process_io_ms   the same with reading the file, JSON.parse of each
//                      line and JSON.stringify of each answer
//   node_process_ms    a Node process doing in_process_io and writing the
//                      answers to a file, start to exit
//   node ms            `node -e 0`: what Node's own start costs
//   node batch.js --pipe BATCH.jsonl    (that Node process: answers on stdout)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { count } = require('sms-length');

function answerAll(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out = new Array(lines.length);
  for (let i = 0; i < lines.length; ++i) out[i] = JSON.stringify(count(JSON.parse(lines[i])));
  return out.join('\n') + '\n';
}

if (process.argv[2] === '--pipe') {
  fs.writeFileSync(1, answerAll(fs.readFileSync(process.argv[3], 'utf8')));
  process.exit(0);
}

const [audit, batch, roundsArgument] = process.argv.slice(2);
if (!audit || !batch) {
  console.error('usage: node batch.js AUDIT_EXECUTABLE BATCH.jsonl [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArgument || 11);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-batch-'));
const messages = fs.readFileSync(batch, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

// A program with the batch on its standard input and its standard output
// in a file, as a shell redirection gives them.
function runProgram(program, args, output) {
  const input = fs.openSync(batch, 'r');
  const out = fs.openSync(output, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(program, args, { stdio: [input, out, 'inherit'] });
  const elapsed = ms(start);
  fs.closeSync(input);
  fs.closeSync(out);
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')}: exit status ${result.status}`);
  return elapsed;
}

let sink = 0;
function inProcess() {
  const start = process.hrtime.bigint();
  for (const m of messages) sink += count(m).messages;
  return ms(start);
}
function inProcessIo() {
  const start = process.hrtime.bigint();
  sink += answerAll(fs.readFileSync(batch, 'utf8')).length;
  return ms(start);
}

// Warm-up: the JIT, the page cache, the dynamic loader's.
inProcess();
inProcessIo();
runProgram(audit, ['sms', '--jsonl'], path.join(work, 'cli.jsonl'));

const times = { cli_ms: [], in_process_ms: [], in_process_io_ms: [], node_process_ms: [], node_ms: [] };
for (let round = 0; round < rounds; ++round) {
  times.cli_ms.push(runProgram(audit, ['sms', '--jsonl'], path.join(work, 'cli.jsonl')));
  times.in_process_ms.push(inProcess());
  times.in_process_io_ms.push(inProcessIo());
  times.node_process_ms.push(
    runProgram(process.execPath, [__filename, '--pipe', batch], path.join(work, 'node.jsonl')));
  times.node_ms.push(runProgram(process.execPath, ['-e', '0'], path.join(work, 'empty')));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const result = { messages: messages.length, rounds, node: process.version, load: os.loadavg()[0], sink };
for (const [name, values] of Object.entries(times)) {
  result[name] = median(values);
  result[`${name}_min`] = Math.min(...values);
  result[`${name}_max`] = Math.max(...values);
}
// Each round's ratio: the drift of a shared machine hits both alike.
result.ratio_median = median(times.in_process_ms.map((t, i) => t / times.cli_ms[i]));
result.cli_bytes_out = fs.statSync(path.join(work, 'cli.jsonl')).size;
fs.rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(result));
