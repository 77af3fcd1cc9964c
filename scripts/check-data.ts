// `npm run check:data`: validates every dataset under graph-data/ (or the dataset folders given) and the JSON Schema.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { datasetJsonSchemaText } from '../src/model/json-schema';
import {
  checkSize,
  formatProblem,
  isSafeSourcePath,
  parseJsonText,
  validateDataset,
  type Problem,
  type ValidationResult,
} from '../src/model/validate';

export interface CheckReport {
  /** What the command prints, one line each: problems prefixed by their file, then a summary per dataset. */
  lines: string[];
  errors: number;
  warnings: number;
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Checks the datasets named by `args` (dataset folders or graph.json files), or, with no args, every folder under
 * graph-data/ that has a graph.json plus graph-data/schema.json's freshness. Never throws on bad data.
 */
export function checkData(args: readonly string[], cwd = process.cwd(), root = REPO_ROOT): CheckReport {
  const report: CheckReport = { lines: [], errors: 0, warnings: 0 };
  const dirs = args.length > 0 ? args.map((arg) => datasetDir(resolve(cwd, arg))) : findDatasets(root);
  if (args.length === 0) {
    checkSchemaFile(root, cwd, report);
    if (dirs.length === 0) report.lines.push(`${show(cwd, join(root, 'graph-data'))}: no datasets found`);
  }
  for (const dir of dirs) checkDataset(dir, cwd, report);
  return report;
}

/** A graph.json path names its folder; a folder is taken as it is. */
function datasetDir(path: string): string {
  return basename(path) === 'graph.json' && !isDirectory(path) ? dirname(path) : path;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function findDatasets(root: string): string[] {
  const dataRoot = join(root, 'graph-data');
  if (!isDirectory(dataRoot)) return [];
  return readdirSync(dataRoot)
    .sort()
    .map((name) => join(dataRoot, name))
    .filter((dir) => isDirectory(dir) && existsSync(join(dir, 'graph.json')));
}

function checkSchemaFile(root: string, cwd: string, report: CheckReport): void {
  const file = join(root, 'graph-data', 'schema.json');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === datasetJsonSchemaText()) return;
  report.errors += 1;
  const what = current === null ? 'is missing' : 'is out of date with src/model/schema.ts';
  report.lines.push(`${show(cwd, file)}: ${what}; run npm run schema:json`);
}

function checkDataset(dir: string, cwd: string, report: CheckReport): void {
  const graphFile = join(dir, 'graph.json');
  const { result, sourceProblem } = readAndValidate(graphFile);
  const problems = sourceProblem ? [sourceProblem, ...result.problems] : result.problems;
  let errors = 0;
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors += 1;
    else warnings += 1;
    const label = problem.severity === 'warning' ? 'warning: ' : '';
    report.lines.push(`${show(cwd, graphFile)}: ${label}${formatProblem(problem)}`);
  }
  report.errors += errors;
  report.warnings += warnings;
  report.lines.push(`${show(cwd, dir)}: ${summary(result, errors, warnings)}`);
}

/** Reads graph.json and the source text it names; a file that cannot be read is a problem like any other. */
function readAndValidate(graphFile: string): { result: ValidationResult; sourceProblem?: Problem } {
  const fail = (message: string): { result: ValidationResult } => ({
    result: { dataset: null, problems: [{ path: '', message, severity: 'error' }] },
  });
  if (!existsSync(graphFile)) return fail('graph.json not found');
  const tooBig = checkSize(statSync(graphFile).size, 'graph.json');
  if (tooBig) return { result: { dataset: null, problems: [tooBig] } };
  const parsed = parseJsonText(readText(graphFile));
  if (!parsed.ok) return { result: { dataset: null, problems: [parsed.problem] } };

  const sourcePath = sourcePathOf(parsed.value);
  // An unsafe path is reported by validateDataset; don't follow it out of the folder.
  if (sourcePath === null || !isSafeSourcePath(sourcePath))
    return { result: validateDataset(parsed.value, null) };
  const sourceFile = join(dirname(graphFile), sourcePath);
  if (!existsSync(sourceFile)) {
    return {
      result: validateDataset(parsed.value, null),
      sourceProblem: {
        path: 'source.path',
        message: `the source text ${JSON.stringify(sourcePath)} is not in the dataset folder`,
        severity: 'error',
      },
    };
  }
  return { result: validateDataset(parsed.value, readText(sourceFile)) };
}

function sourcePathOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('source' in raw)) return null;
  const source: unknown = raw.source;
  if (typeof source !== 'object' || source === null || !('path' in source)) return null;
  return typeof source.path === 'string' && source.path !== '' ? source.path : null;
}

/** Decodes as a browser's fetch().text() does (dropping a byte-order mark), so offsets agree with the app's. */
function readText(file: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(file));
}

function summary(result: ValidationResult, errors: number, warnings: number): string {
  const warned = warnings > 0 ? ` (${count(warnings, 'warning')})` : '';
  if (errors > 0 || !result.dataset)
    return `${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''}`;
  const { nodes, edges, flows } = result.dataset;
  const steps = flows.reduce((sum, flow) => sum + flow.steps.length, 0);
  const flowPart = `${count(flows.length, 'flow')}${flows.length > 0 ? ` (${count(steps, 'step')})` : ''}`;
  return `ok${warned} — ${count(nodes.length, 'node')}, ${count(edges.length, 'edge')}, ${flowPart}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Paths relative to where the command runs, with forward slashes, as people type them. */
function show(cwd: string, path: string): string {
  const rel = relative(cwd, path) || '.';
  return rel.split(sep).join('/');
}

// Run only as a command, not when a test imports checkData.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const report = checkData(process.argv.slice(2));
  for (const line of report.lines) console.log(line);
  process.exitCode = report.errors > 0 ? 1 : 0;
}
