// `npm run check:data`: validates every dataset under graph-data/ (or the dataset folders given) and the JSON Schema.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeUtf8Strict } from '../src/data/decode-text';
import { readBundle } from '../src/data/export/bundle';
import { datasetJsonSchemaText } from '../src/model/json-schema';
import { format, resolveConfig } from 'prettier';
import { datasetForFile, documentsNamed, migrateDataset } from '../src/model/migrate';
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
 * `--fix`: rewrites each dataset that has no errors in the current format (version 2), with every span's offsets,
 * prefix and suffix as found in its document. Returns the files it changed.
 */
export async function fixData(
  args: readonly string[],
  cwd = process.cwd(),
  root = REPO_ROOT,
): Promise<string[]> {
  const dirs = args.length > 0 ? args.map((arg) => datasetDir(resolve(cwd, arg))) : findDatasets(root);
  const changed: string[] = [];
  for (const dir of dirs) {
    const graphFile = join(dir, 'graph.json');
    const { result, textProblems = [] } = readAndValidate(graphFile);
    if (!result.dataset || textProblems.length > 0) continue;
    const json = JSON.stringify(datasetForFile(result.dataset), null, 2);
    // Format as prettier would, so `prettier --check` agrees with what this writes.
    const formatted = await format(json, { ...(await resolveConfig(graphFile)), filepath: graphFile });
    if (formatted === readFileSync(graphFile, 'utf8')) continue;
    writeFileSync(graphFile, formatted);
    changed.push(show(cwd, graphFile));
  }
  return changed;
}

/**
 * Checks the datasets named by `args` (dataset folders, graph.json files, or Dossier bundles: any other file, such
 * as an exported `*.dossier.json`), or, with no args, every folder under graph-data/ that has a graph.json plus
 * graph-data/schema.json's freshness. Never throws on bad data.
 */
export function checkData(args: readonly string[], cwd = process.cwd(), root = REPO_ROOT): CheckReport {
  const report: CheckReport = { lines: [], errors: 0, warnings: 0 };
  const dirs = args.length > 0 ? args.map((arg) => datasetDir(resolve(cwd, arg))) : findDatasets(root);
  if (args.length === 0) {
    checkSchemaFile(root, cwd, report);
    if (dirs.length === 0) report.lines.push(`${show(cwd, join(root, 'graph-data'))}: no datasets found`);
  }
  for (const dir of dirs) {
    if (isBundleFile(dir)) checkBundle(dir, cwd, report);
    else checkDataset(dir, cwd, report);
  }
  return report;
}

/** A file that is not a graph.json is taken for a bundle, which carries its documents' texts inside it. */
const isBundleFile = (path: string): boolean => existsSync(path) && !isDirectory(path);

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
  const { result, textProblems = [] } = readAndValidate(graphFile);
  reportOn(graphFile, dir, [...textProblems, ...result.problems], result, cwd, report);
}

function checkBundle(file: string, cwd: string, report: CheckReport): void {
  const { result, textProblems = [] } = readAndValidateBundle(file);
  reportOn(file, file, [...textProblems, ...result.problems], result, cwd, report);
}

/** Adds a dataset's problems, each prefixed by `file`, and its summary line under `name`. */
function reportOn(
  file: string,
  name: string,
  problems: readonly Problem[],
  result: ValidationResult,
  cwd: string,
  report: CheckReport,
): void {
  let errors = 0;
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors += 1;
    else warnings += 1;
    const label = problem.severity === 'warning' ? 'warning: ' : '';
    report.lines.push(`${show(cwd, file)}: ${label}${formatProblem(problem)}`);
  }
  report.errors += errors;
  report.warnings += warnings;
  report.lines.push(`${show(cwd, name)}: ${summary(result, errors, warnings)}`);
}

/** Reads a bundle (its dataset and its documents' texts) and validates it as a graph.json with its texts. */
function readAndValidateBundle(file: string): { result: ValidationResult; textProblems?: Problem[] } {
  const fail = (problem: Problem): { result: ValidationResult } => ({
    result: { dataset: null, problems: [problem] },
  });
  const tooBig = checkSize(statSync(file).size, basename(file));
  if (tooBig) return fail(tooBig);
  const json = decodeUtf8Strict(readFileSync(file), basename(file));
  if (!json.ok) return fail({ path: '', message: json.message, severity: 'error' });
  const parsed = parseJsonText(json.text);
  if (!parsed.ok) return fail(parsed.problem);
  const contents = readBundle(parsed.value);
  if (!contents.ok) return { result: { dataset: null, problems: contents.problems } };
  return { result: validateDataset(contents.dataset, contents.texts) };
}

/** Reads graph.json and the texts of the documents it names; a file that cannot be read is a problem like any other. */
function readAndValidate(graphFile: string): { result: ValidationResult; textProblems?: Problem[] } {
  const fail = (message: string): { result: ValidationResult } => ({
    result: { dataset: null, problems: [{ path: '', message, severity: 'error' }] },
  });
  if (!existsSync(graphFile)) return fail('graph.json not found');
  const tooBig = checkSize(statSync(graphFile).size, 'graph.json');
  if (tooBig) return { result: { dataset: null, problems: [tooBig] } };
  const json = decodeUtf8Strict(readFileSync(graphFile), 'graph.json');
  if (!json.ok) return fail(json.message);
  const parsed = parseJsonText(json.text);
  if (!parsed.ok) return { result: { dataset: null, problems: [parsed.problem] } };

  const migration = migrateDataset(parsed.value);
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  // A document with an empty path names no file: the validator reports it.
  for (const doc of documentsNamed(migration.raw).filter((d) => d.path !== '')) {
    // An unsafe path is reported by validateDataset; don't follow it out of the folder.
    if (!isSafeSourcePath(doc.path)) continue;
    const path = migration.from === 1 ? 'source.path' : `documents[${doc.index}].path`;
    const file = join(dirname(graphFile), doc.path);
    if (!existsSync(file)) {
      problems.push({
        path,
        message: `the source text ${JSON.stringify(doc.path)} is not in the dataset folder`,
        severity: 'error',
      });
      continue;
    }
    const decoded = decodeUtf8Strict(readFileSync(file), doc.path);
    if (decoded.ok) texts.set(doc.id, decoded.text);
    else problems.push({ path, message: decoded.message, severity: 'error' });
  }
  const result = validateDataset(parsed.value, texts);
  // A document without its text: its quotes cannot be checked, so the dataset is not ok whatever else holds.
  if (problems.length > 0) return { result: { ...result, dataset: null }, textProblems: problems };
  return { result };
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
  const args = process.argv.slice(2).filter((arg) => arg !== '--fix');
  if (args.length < process.argv.length - 2) {
    for (const file of await fixData(args)) console.log(`${file}: rewritten in the current format`);
  }
  const report = checkData(args);
  for (const line of report.lines) console.log(line);
  process.exitCode = report.errors > 0 ? 1 : 0;
}
