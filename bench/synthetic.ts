// A seeded synthetic dataset of any size, valid against the schema, for the benchmark (same seed, same graph).
import type { Dataset, Evidence } from '../src/model/schema';
import { NODE_TYPES, RELATION_TYPES } from '../src/model/vocabulary';
import { seededRandom } from '../src/model/seeded-random';

const AREAS = ['area-a', 'area-b', 'area-c', 'area-d'];

export function syntheticDataset(
  nodeCount: number,
  edgesPerNode = 3,
  seed = 42,
): { dataset: Dataset; text: string } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const lines: string[] = [];
  let offset = 0;
  // Each element gets its own sentence in the text, so every evidence span is real.
  const sentence = (words: string): Evidence => {
    const line = `${words}.\n`;
    const start = offset;
    lines.push(line);
    offset += line.length;
    return { start, end: start + words.length, quote: words };
  };

  const nodes: Dataset['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const label = `Entity ${i}`;
    nodes.push({
      id: `n${i}`,
      type: pick(NODE_TYPES),
      label,
      aliases: [`E${i}`],
      summary: `Synthetic entity number ${i}.`,
      threatAreas: [pick(AREAS)],
      evidence: [sentence(`${label} is mentioned here`)],
    });
  }
  const edges: Dataset['edges'] = [];
  for (let i = 0; i < nodeCount * edgesPerNode; i++) {
    const source = Math.floor(random() * nodeCount);
    let target = Math.floor(random() * nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    edges.push({
      id: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      type: pick(RELATION_TYPES),
      label: 'relates to',
      threatAreas: [pick(AREAS)],
      evidence: [sentence(`Entity ${source} relates to Entity ${target}`)],
    });
  }
  const steps: Dataset['flows'][number]['steps'] = [];
  for (let k = 0; k < Math.min(10, edges.length); k++) {
    const edge = edges[k * 3] ?? edges[0];
    if (!edge) break;
    steps.push({
      id: `s${k}`,
      order: k + 1,
      title: `Step ${k + 1}`,
      summary: 'A synthetic step.',
      nodes: [edge.source, edge.target],
      edges: [edge.id],
      evidence: edge.evidence,
    });
  }
  const dataset: Dataset = {
    schemaVersion: 1,
    id: 'synthetic',
    title: `Synthetic graph of ${nodeCount} nodes`,
    source: { path: 'source.txt', title: 'Synthetic text' },
    threatAreas: AREAS.map((id) => ({ id, label: id, description: '' })),
    nodes,
    edges,
    flows: [{ id: 'flow', title: 'Synthetic flow', steps }],
  };
  return { dataset, text: lines.join('') };
}
