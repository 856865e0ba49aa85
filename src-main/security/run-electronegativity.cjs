/**
 * Runs Electronegativity (Doyensec's Electron security linter) over the built app in out/ (main,
 * preload and renderer), compares its findings with electronegativity-allowlist.json and exits
 * non-zero on any HIGH or MEDIUM finding the allowlist does not name, on an allowlist entry
 * without a reason, and on a built file the tool could not parse (it would go unchecked).
 *
 * Two things make the tool run here, offline and next to TypeScript 7:
 * - its parser (@typescript-eslint/typescript-estree, hoisted) needs TypeScript's JS API, which the
 *   project's native TypeScript 7 lacks; its `require('typescript')` is sent to the copy the tool
 *   ships in its own node_modules;
 * - it fetches translations and Electron's release list; its `got` is replaced by a stub that
 *   never opens a socket, and the release-list check (AvailableSecurityFixesGlobalCheck) is left
 *   out, with the Electron version read from the installed electron package instead.
 *
 * The tool is called through its programmatic runner, which returns the findings with their
 * severity and confidence as objects, so no CSV or SARIF file has to be written and read back.
 *
 * Usage: node src-main/security/run-electronegativity.cjs [built folder, default out/]
 * (after `npm run build`).
 */
const Module = require('node:module')
const { existsSync, readFileSync } = require('node:fs')
const path = require('node:path')

const projectRoot = path.resolve(__dirname, '..', '..')
const builtApp = path.resolve(process.argv[2] ?? path.join(projectRoot, 'out'))
const builtEntries = ['main/index.js', 'preload/index.js', 'renderer/index.html']
const allowlistFile = path.join(__dirname, 'electronegativity-allowlist.json')
const failingSeverities = new Set(['HIGH', 'MEDIUM'])
const networkChecks = ['AvailableSecurityFixesGlobalCheck']

const toolRoot = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
const toolTypescript = require.resolve('typescript', { paths: [toolRoot] })
const electronPackage = path.join(projectRoot, 'node_modules', 'electron', 'package.json')
const electronVersion = require(electronPackage).version
const toolVersion = require(path.join(toolRoot, 'package.json')).version

function isInside(folder, file) {
  return typeof file === 'string' && file.startsWith(folder + path.sep)
}

function redirectToolRequires() {
  const parserFolder = `${path.sep}@typescript-eslint${path.sep}`
  const resolveFilename = Module._resolveFilename
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'typescript' && (parent?.filename ?? '').includes(parserFolder)) {
      return toolTypescript
    }
    return resolveFilename.call(this, request, parent, ...rest)
  }
  const load = Module._load
  // Answers every request of the tool as "nothing newer" without touching the network.
  const offlineGot = () => Promise.resolve({ statusCode: 404, body: '' })
  Module._load = function (request, parent, ...rest) {
    if (request === 'got' && isInside(toolRoot, parent?.filename)) {
      return offlineGot
    }
    return load.call(this, request, parent, ...rest)
  }
}

function readAllowlist() {
  const entries = JSON.parse(readFileSync(allowlistFile, 'utf8'))
  if (!Array.isArray(entries)) {
    throw new Error(`${allowlistFile} must hold an array of {check, file, reason}`)
  }
  return entries.map((entry, index) => {
    const complete = ['check', 'file', 'reason'].every(
      (key) => typeof entry?.[key] === 'string' && entry[key].trim() !== '',
    )
    if (!complete) {
      throw new Error(`allowlist entry ${index} needs a check, a file and a reason`)
    }
    return { ...entry, used: false }
  })
}

/** A file pattern of the allowlist: exact, or with `*` for a part such as a bundle's hash. */
function fileMatches(pattern, file) {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(file.split(path.sep).join('/'))
}

function classify(issue, allowlist) {
  const entry = allowlist.find(
    (candidate) => candidate.check === issue.id && fileMatches(candidate.file, issue.file),
  )
  if (entry) {
    entry.used = true
    return { status: 'allowed', note: entry.reason }
  }
  if (failingSeverities.has(issue.severity.name)) {
    return { status: 'FAIL', note: issue.description }
  }
  return { status: 'review', note: issue.description }
}

function printTable(rows) {
  const headers = ['status', 'severity', 'confidence', 'check', 'where', 'reason / description']
  const cells = rows.map((row) => [
    row.status,
    row.severity,
    row.confidence,
    row.check,
    row.where,
    row.note.replace(/\s+/g, ' '),
  ])
  const widths = headers.map((header, column) =>
    Math.min(60, Math.max(header.length, ...cells.map((cell) => cell[column].length))),
  )
  const line = (values) => values.map((value, column) => value.padEnd(widths[column])).join(' | ')
  console.log(line(headers))
  console.log(widths.map((width) => '-'.repeat(width)).join('-+-'))
  for (const values of cells) {
    console.log(line(values))
  }
}

async function main() {
  const started = Date.now()
  const missing = builtEntries.filter((entry) => !existsSync(path.join(builtApp, entry)))
  if (missing.length > 0) {
    console.error(`electronegativity: build first; ${missing.join(', ')} missing in ${builtApp}`)
    return 1
  }
  if (!isInside(toolRoot, toolTypescript)) {
    console.error(`electronegativity: its own TypeScript copy is missing (found ${toolTypescript})`)
    return 1
  }
  const allowlist = readAllowlist()
  redirectToolRequires()
  const run = require(path.join(toolRoot, 'dist', 'runner.js'))
  const result = await run({
    input: builtApp,
    customScan: [],
    excludeFromScan: networkChecks,
    electronVersionOverride: electronVersion,
    isRelative: true,
    parserPlugins: [],
  })
  const rows = result.issues.map((issue) => ({
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    check: issue.id,
    where: `${issue.file}:${issue.location.line}:${issue.location.column}`,
    ...classify(issue, allowlist),
  }))
  const order = ['FAIL', 'review', 'allowed']
  rows.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  console.log(
    `electronegativity ${toolVersion} on ${path.relative(projectRoot, builtApp)} ` +
      `(Electron ${electronVersion}, ${result.atomicChecks} atomic and ` +
      `${result.globalChecks} global checks)`,
  )
  if (rows.length > 0) {
    printTable(rows)
  }
  const unparsed = result.errors.filter((error) => !error.tolerable)
  for (const error of unparsed) {
    const file = path.relative(builtApp, error.file)
    console.error(`not checked, could not parse ${file}: ${error.message}`)
  }
  for (const entry of allowlist.filter((candidate) => !candidate.used)) {
    console.warn(`allowlist entry ${entry.check} ${entry.file} matches no finding now; remove it`)
  }
  const failures = rows.filter((row) => row.status === 'FAIL').length
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `${rows.length} findings: ${failures} HIGH/MEDIUM not allowlisted, ` +
      `${rows.filter((row) => row.status === 'allowed').length} allowlisted (${seconds} s)`,
  )
  return failures > 0 || unparsed.length > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error)
    process.exitCode = 1
  },
)
