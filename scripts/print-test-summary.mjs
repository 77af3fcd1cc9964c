// Prints Vitest's JSON results as one plain closing line: "Tests: N passed, N failed[, N skipped]".
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'artifacts/vitest-results.json';
const results = JSON.parse(readFileSync(file, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
  `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed` +
    (skipped ? `, ${skipped} skipped` : ''),
);
