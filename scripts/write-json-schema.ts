// `npm run schema:json`: writes graph-data/schema.json from the zod schema, so editors check graph.json as people type.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/model/json-schema';

const target = fileURLToPath(new URL('../graph-data/schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
console.log(`wrote ${target}`);
