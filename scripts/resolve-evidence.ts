// `npm run resolve:data`: the older name of `npm run check:data -- --fix` (fills evidence offsets from quotes, writes version 2).
// Usage: npm run resolve:data [datasetDir...]   (default: every folder under graph-data/ with a graph.json)
import { checkData, fixData } from './check-data';

const args = process.argv.slice(2);
for (const file of await fixData(args)) console.log(`${file}: rewritten in the current format`);
const report = checkData(args);
for (const line of report.lines) console.log(line);
process.exitCode = report.errors > 0 ? 1 : 0;
