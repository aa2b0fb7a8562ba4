// Runs Electronegativity (Doyensec's static checker for Electron apps) over Clausebook's sources,
// fully offline, and fails on any finding that electronegativity.config.json does not explain.
//
//   node scripts/electronegativity.mjs [--root <checkout>] [--config <file>]
//
// Offline: Electronegativity fetches translations and Electron's release list from the internet.
// Its HTTP client is replaced by one that refuses, the check that needs the release list is
// excluded in the config, the Electron version comes from node_modules/electron, and any socket
// or DNS lookup the scan still attempts fails the run.
//
// What it sees: the config's `scan` paths are copied to a temporary folder and scanned together
// (global checks such as "is there a navigation guard anywhere" need every file at once). The
// window options are built by a function, which a static checker cannot follow, so the script
// calls that function and adds its result to the scan as a literal `new BrowserWindow({...})`.
import { createRequire } from 'node:module';
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const toolRoot = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(path.join(toolRoot, 'dist', 'runner.js'));
const PROBE_FILE = 'window-options.probe.js';
// The one line the tool prints when its translation download fails, which it always does here.
const EXPECTED_TOOL_NOTICE = 'Could not retrieve updated translations for the current locale';

class ScanFailure extends Error {}

const { values: args } = parseArgs({
  options: { root: { type: 'string' }, config: { type: 'string' } },
});
const root = path.resolve(args.root ?? repoRoot);
const configPath = path.resolve(args.config ?? path.join(root, 'electronegativity.config.json'));

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof ScanFailure)) throw error;
  console.error(`Electronegativity could not run: ${error.message}`);
  process.exitCode = 1;
}

async function main() {
  const config = readConfig(configPath);
  const networkAttempts = refuseNetwork();
  const toolVersion = require('@doyensec/electronegativity/package.json').version;
  const electronVersion = require('electron/package.json').version;
  validateExcludedChecks(config.excludedChecks.map((entry) => entry.check));

  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'clausebook-electronegativity-'));
  let result;
  try {
    const fileCount = stageSources(root, config.scan, stage);
    const probeName = config.windowOptions
      ? await writeWindowOptionsProbe(root, config.windowOptions, stage)
      : null;
    result = await runTool(stage, electronVersion, config.excludedChecks);
    result.fileCount = fileCount;
    for (const issue of result.issues) {
      if (issue.file === PROBE_FILE) {
        // Lines of the generated literal mean nothing to a reader; the option's name is in the finding.
        issue.file = probeName;
        issue.location = null;
      }
      if (issue.file === 'N/A') issue.file = '(whole app)';
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }

  const explained = [];
  const unexplained = [];
  const used = new Set();
  for (const issue of result.issues) {
    const acceptance = config.acceptedFindings.find((entry) => matches(entry, issue));
    if (acceptance === undefined) unexplained.push(issue);
    else {
      explained.push({ issue, reason: acceptance.reason });
      used.add(acceptance);
    }
  }
  const stale = config.acceptedFindings.filter((entry) => !used.has(entry));
  const parseErrors = result.errors.filter((error) => !error.tolerable);

  console.log(
    `Electronegativity ${toolVersion}, offline, Electron ${electronVersion}: ` +
      `${result.fileCount} files, ${result.atomicChecks + result.globalChecks} checks ` +
      `(${config.excludedChecks.length} excluded in ${path.relative(root, configPath) || configPath}).`,
  );
  for (const { check, reason } of config.excludedChecks) console.log(`  excluded ${check}: ${reason}`);
  for (const { issue, reason } of explained)
    console.log(`  explained ${issue.id} at ${where(issue)}: ${reason}`);
  for (const error of result.errors.filter((entry) => entry.tolerable)) {
    console.log(`  warning: ${path.relative(stage, error.file)}: ${error.message}`);
  }

  const problems = [];
  for (const issue of unexplained) problems.push(describeFinding(issue));
  for (const error of parseErrors) {
    problems.push(
      `${path.relative(stage, error.file)} could not be parsed, so it was not checked: ${error.message}`,
    );
  }
  for (const entry of stale) {
    problems.push(
      `The config explains ${entry.id} in ${entry.file}, which no longer occurs: remove that entry ` +
        `so every explanation stays true of the code.`,
    );
  }
  if (result.fileCount === 0) problems.push(`None of the scan paths exist under ${root}.`);
  for (const attempt of networkAttempts) problems.push(`The scan tried to reach the network: ${attempt}.`);

  if (problems.length === 0) {
    console.log(`No unexplained findings (${explained.length} explained).`);
    return 0;
  }
  console.error(`\n${problems.length} problem(s):\n`);
  for (const problem of problems) console.error(`${problem}\n`);
  console.error(
    `Fix the code, or, if a finding is a false alarm, explain it in ${path.basename(configPath)} ` +
      `(acceptedFindings: id, file, reason).`,
  );
  return 1;
}

function readConfig(file) {
  let config;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScanFailure(`the config ${file} is not readable JSON (${error.message}).`);
  }
  const isReasoned = (entry, key) =>
    typeof entry?.[key] === 'string' && typeof entry.reason === 'string' && entry.reason.trim() !== '';
  if (!Array.isArray(config.scan) || config.scan.some((entry) => typeof entry !== 'string')) {
    throw new ScanFailure(`${file}: "scan" must be a list of paths relative to the checkout.`);
  }
  config.excludedChecks ??= [];
  config.acceptedFindings ??= [];
  if (!config.excludedChecks.every((entry) => isReasoned(entry, 'check'))) {
    throw new ScanFailure(`${file}: every excludedChecks entry needs "check" and a "reason".`);
  }
  if (!config.acceptedFindings.every((entry) => isReasoned(entry, 'id') && typeof entry.file === 'string')) {
    throw new ScanFailure(`${file}: every acceptedFindings entry needs "id", "file" and a "reason".`);
  }
  return config;
}

/**
 * Makes every outgoing connection and DNS lookup in this process fail, and records them, so a
 * network attempt fails the run instead of hanging it or going unnoticed.
 */
function refuseNetwork() {
  const attempts = [];
  const refuse = (what) => {
    attempts.push(what);
    throw new Error(`network access is disabled for the Electronegativity scan (${what})`);
  };
  net.Socket.prototype.connect = function connect(...connectArgs) {
    const target = connectArgs[0];
    refuse(
      `connect to ${typeof target === 'object' ? `${target.host ?? target.path}:${target.port ?? ''}` : target}`,
    );
  };
  dns.lookup = (hostname) => refuse(`DNS lookup of ${hostname}`);

  // The tool's HTTP client (got) is replaced before the tool loads it: translations and release
  // data then fail at once, which the tool handles by using its bundled English text.
  const gotPath = toolRequire.resolve('got');
  const offlineGot = () => Promise.reject(new Error('offline'));
  offlineGot.head = offlineGot;
  toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot };
  return attempts;
}

function validateExcludedChecks(names) {
  const known = [
    ...toolRequire('./finder/checks/AtomicChecks/index.js').CHECKS,
    ...toolRequire('./finder/checks/GlobalChecks/index.js').GLOBAL_CHECKS,
  ].map((check) => check.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ScanFailure(
      `excludedChecks names checks Electronegativity does not have: ${unknown.join(', ')}.`,
    );
  }
}

/** Copies the scan paths (files or folders) into the stage, keeping their paths; returns the file count. */
function stageSources(sourceRoot, scanPaths, stage) {
  for (const relative of scanPaths) {
    const from = path.join(sourceRoot, relative);
    if (!fs.existsSync(from))
      throw new ScanFailure(`the scan path ${relative} does not exist under ${sourceRoot}.`);
    fs.cpSync(from, path.join(stage, relative), {
      recursive: true,
      filter: (source) => path.basename(source) !== 'node_modules',
    });
  }
  return fs
    .readdirSync(stage, { recursive: true })
    .filter((entry) => fs.statSync(path.join(stage, entry)).isFile()).length;
}

/**
 * Calls the function that builds the window options (bundled with esbuild, as the app is) and
 * writes its result as a literal `new BrowserWindow(...)`, which the BrowserWindow checks can read.
 */
async function writeWindowOptionsProbe(sourceRoot, probe, stage) {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [path.join(sourceRoot, probe.module)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = Buffer.from(bundled.outputFiles[0].contents).toString('base64');
  const module = await import(`data:text/javascript;base64,${code}`);
  if (typeof module[probe.export] !== 'function') {
    throw new ScanFailure(`${probe.module} has no exported function ${probe.export}.`);
  }
  const options = module[probe.export](probe.input);
  fs.writeFileSync(
    path.join(stage, PROBE_FILE),
    `// The options ${probe.module} builds, written out for the static checks.\n` +
      `new BrowserWindow(${JSON.stringify(options, null, 2)});\n`,
  );
  return `${probe.module} (${probe.export}() result)`;
}

async function runTool(stage, electronVersion, excludedChecks) {
  // Keep the tool's messages in English and the same on every machine.
  process.env.LANG = 'en-US';
  const runner = toolRequire('./runner.js');
  const run = runner.default ?? runner;
  const toolLines = [];
  const log = console.log;
  console.log = (...parts) => toolLines.push(parts.join(' '));
  try {
    return await run(
      {
        input: stage,
        isRelative: true,
        electronVersionOverride: electronVersion,
        customScan: [],
        excludeFromScan: excludedChecks.map((entry) => entry.check),
      },
      false,
    );
  } finally {
    console.log = log;
    for (const line of toolLines)
      if (line !== EXPECTED_TOOL_NOTICE) console.log(`  electronegativity: ${line}`);
  }
}

function matches(entry, issue) {
  return (
    entry.id === issue.id &&
    entry.file === issue.file &&
    (entry.sample === undefined || entry.sample === (issue.sample ?? '').trim())
  );
}

function where(issue) {
  return issue.location?.line ? `${issue.file}:${issue.location.line}:${issue.location.column}` : issue.file;
}

function describeFinding(issue) {
  const lines = [
    `FINDING ${issue.id} (severity ${issue.severity.name}, confidence ${issue.confidence.name}` +
      `${issue.manualReview ? ', needs review' : ''})`,
    `  at ${where(issue)}`,
  ];
  if (issue.sample) lines.push(`  code: ${issue.sample.trim()}`);
  lines.push(`  ${issue.description}`, `  more: ${issue.shortenedURL}`);
  return lines.join('\n');
}
