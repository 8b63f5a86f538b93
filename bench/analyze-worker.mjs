// A piscina worker for the parallel benchmark: analyses one article text per task.
import { register } from 'tsx/esm/api';

register();
const { analyze } = await import('../src/analysis/pipeline.ts');

export default function analyzeTask({ text }) {
  const a = analyze(text);
  return a.sentences.length;
}
