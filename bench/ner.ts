/**
 * NER tagger benchmark: model load time (first call, lexicon + clusters + model) and tagging
 * speed in tokens per second on one core, over IL-NER dev+test sentences (or a fixed sentence
 * when ../shared is absent).
 *
 *   node --import tsx bench/ner.ts
 */
import { readIlNer } from '../src/ner/ilner.ts';
import { tagWords } from '../src/ner/index.ts';

const t0 = performance.now();
tagWords(['रूस']); // loads the lexicon, the clusters and the model
const loadMs = performance.now() - t0;

const fallback = 'रूस में पाकिस्तानी राजदूत मोहम्मद खालिद जमाली ने मॉस्को में कहा कि SCO की बैठक अगले महीने होगी ।'.split(' ');
const sentences = [...(readIlNer('dev') ?? []), ...(readIlNer('test') ?? [])].map((s) => s.words);
if (sentences.length === 0) for (let i = 0; i < 2000; i++) sentences.push(fallback);
const tokensPerRound = sentences.reduce((n, s) => n + s.length, 0);

const coldStart = process.cpuUsage();
for (const s of sentences) tagWords(s); // first pass: every word new to the cache
const coldCpu = process.cpuUsage(coldStart);
const coldRate = tokensPerRound / ((coldCpu.user + coldCpu.system) / 1e6);
let tokens = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
let rounds = 0;
while (performance.now() - start < 5000 || rounds < 1) {
  for (const s of sentences) tagWords(s);
  tokens += tokensPerRound;
  rounds++;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`first pass (cold word cache): ${Math.round(coldRate).toLocaleString('en')} tokens per CPU second`);
console.log(`model load (first call): ${loadMs.toFixed(0)} ms`);
console.log(`tagging: ${Math.round(tokens / cpuSeconds).toLocaleString('en')} tokens per CPU second, ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s wall clock (${tokens} tokens, ${sentences.length} sentences a round; the machine is shared, CPU time is the fairer number)`);
