import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSync } from 'vite'
import { layerRules } from './layer-rules.mjs'

const sourceFile = /\.(ts|tsx|mts|cts|mjs|cjs)$/
const declarationFile = /\.d\.(ts|mts|cts)$/
const testFile = /\.test\.(ts|tsx|mts|mjs)$/
const languageOf = { '.tsx': 'tsx', '.mjs': 'js', '.cjs': 'js', '.js': 'js' }
const resolvableEndings = ['', '.ts', '.tsx', '.mts', '.mjs', '.cjs', '.json', '.d.ts', '/index.ts']

/** The import statements of one module: what it names, on which line, and whether only types. */
export function readImports(fileName, code) {
  const lang = languageOf[extname(fileName)] ?? 'ts'
  const { module, errors } = parseSync(fileName, code, { lang })
  const lineAt = (offset) => code.slice(0, offset).split('\n').length
  const found = []
  for (const statement of module.staticImports) {
    const typeKeyword = /^import\s+type\s/.test(code.slice(statement.start, statement.end))
    const entries = statement.entries
    found.push({
      specifier: statement.moduleRequest.value,
      typeOnly: typeKeyword || (entries.length > 0 && entries.every((entry) => entry.isType)),
      line: lineAt(statement.start),
    })
  }
  for (const statement of module.staticExports) {
    const reexports = statement.entries.filter((entry) => entry.moduleRequest)
    if (reexports.length > 0) {
      found.push({
        specifier: reexports[0].moduleRequest.value,
        typeOnly: reexports.every((entry) => entry.isType),
        line: lineAt(statement.start),
      })
    }
  }
  for (const call of module.dynamicImports) {
    const argument = code.slice(call.moduleRequest.start, call.moduleRequest.end)
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(argument)
    if (literal) {
      found.push({ specifier: literal[2], typeOnly: false, line: lineAt(call.start) })
    }
  }
  return { imports: found, parseErrors: errors.map((error) => error.message) }
}

function listSourceFiles(folder) {
  if (!existsSync(folder)) {
    return []
  }
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : listSourceFiles(path)
    }
    return sourceFile.test(entry.name) && !declarationFile.test(entry.name) ? [path] : []
  })
}

function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier.split('?')[0])
  for (const ending of resolvableEndings) {
    const candidate = base + ending
    if (existsSync(candidate) && statSync(candidate).isFile()) {
      return candidate
    }
  }
  return base
}

const toPosix = (path) => path.split(sep).join('/')

function matchesPath(path, pattern) {
  if (pattern.endsWith('/')) {
    return path.startsWith(pattern)
  }
  if (pattern.startsWith('**/')) {
    const name = pattern
      .slice(3)
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
    return new RegExp(`(^|/)${name}$`).test(path)
  }
  return path === pattern || path.replace(/\.[cm]?[jt]sx?$/, '') === pattern
}

/** How closely an entry names a path: a file beats a file-name pattern beats a longer folder. */
function specificity(path, pattern) {
  if (!matchesPath(path, pattern)) {
    return -1
  }
  if (pattern.endsWith('/')) {
    return pattern.length
  }
  return pattern.startsWith('**/') ? 100000 : 200000
}

/** The index in `rules.layers` of a path relative to src-main (top is 0), or -1 if none names it. */
export function layerOf(path, rules = layerRules) {
  let best = -1
  let bestSpecificity = -1
  rules.layers.forEach((layer, index) => {
    for (const pattern of layer.paths) {
      const score = specificity(path, pattern)
      if (score > bestSpecificity) {
        best = index
        bestSpecificity = score
      }
    }
  })
  return best
}

const inAny = (path, patterns) => patterns.some((pattern) => matchesPath(path, pattern))

function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function needsNode(specifier, rules) {
  const name = packageName(specifier)
  return (
    specifier.startsWith('node:') ||
    builtinModules.includes(name) ||
    rules.web.nodeOnlyPackages.includes(name)
  )
}

function checkPackageImport(context, entry, rules) {
  const { fromMain, inRenderer, isWeb, isTest, report } = context
  if (isTest) {
    return
  }
  if (isWeb && needsNode(entry.specifier, rules)) {
    report(entry, 'web-without-node', 'code the renderer runs or types may not import Node')
  }
  const isElectron = packageName(entry.specifier) === rules.electron.package
  if (isElectron && (inRenderer || !inAny(fromMain, rules.electron.allowedIn))) {
    report(
      entry,
      'electron-in-shell',
      `only ${rules.electron.allowedIn.join(', ')} import electron`,
    )
  }
}

function checkRendererImport(context, entry, toMain, rules) {
  const allowed =
    toMain === undefined ||
    inAny(toMain, rules.renderer.anyImport) ||
    (entry.typeOnly && inAny(toMain, rules.renderer.typeImport))
  if (!allowed) {
    const types = rules.renderer.typeImport.join(', ')
    context.report(
      entry,
      'renderer-boundary',
      `src-renderer imports from src-main only ${rules.renderer.anyImport.join(', ')} ` +
        `(and \`import type\` from ${types}), not src-main/${toMain}`,
    )
  }
}

function checkMainImport(context, entry, toMain, rules, usedExceptions) {
  const { fromMain, fromLayer, isWeb, report } = context
  if (isWeb && !inAny(toMain, rules.web.main)) {
    const web = rules.web.main.join(' and ')
    report(entry, 'web-without-node', `${web} import only from ${web}, not src-main/${toMain}`)
    return
  }
  const toLayer = layerOf(toMain, rules)
  if (toLayer === -1 || toLayer >= fromLayer) {
    return
  }
  const exception = rules.exceptions.find(
    (candidate) => matchesPath(fromMain, candidate.from) && matchesPath(toMain, candidate.to),
  )
  if (exception) {
    usedExceptions.add(exception)
    return
  }
  const [from, to] = [rules.layers[fromLayer].name, rules.layers[toLayer].name]
  report(entry, 'layers-point-down', `${from} may not import ${to} (src-main/${toMain})`)
}

/** Entries of the table that name nothing: a file that is gone, an exception no import needs. */
function checkTable(mainFolder, rules, usedExceptions, violations) {
  const table = 'src-main/lint/layer-rules.mjs'
  const stale = (message) =>
    violations.push({ file: table, line: 1, specifier: '', rule: 'layer-rules', message })
  for (const layer of rules.layers) {
    for (const path of layer.paths) {
      const isFile = !path.endsWith('/') && !path.startsWith('**/')
      if (
        isFile &&
        !resolvableEndings.some((ending) => existsSync(join(mainFolder, path + ending)))
      ) {
        stale(`layer '${layer.name}' names src-main/${path}, which does not exist`)
      }
    }
  }
  for (const exception of rules.exceptions) {
    if (!usedExceptions.has(exception)) {
      stale(`the exception ${exception.from} → ${exception.to} matches no import: remove it`)
    }
  }
}

/**
 * Every import in src-main and src-renderer that breaks `rules` (with the file, the line, the
 * import as written, the rule and why), and every entry of the table that names nothing.
 */
export function checkLayers(root, rules = layerRules) {
  const mainFolder = join(root, 'src-main')
  const files = [...listSourceFiles(mainFolder), ...listSourceFiles(join(root, 'src-renderer'))]
  const violations = []
  const usedExceptions = new Set()
  for (const file of files) {
    const fromRoot = toPosix(relative(root, file))
    const inRenderer = fromRoot.startsWith('src-renderer/')
    const fromMain = inRenderer ? undefined : toPosix(relative(mainFolder, file))
    const fromLayer = inRenderer ? -1 : layerOf(fromMain, rules)
    const context = {
      fromMain,
      fromLayer,
      inRenderer,
      isWeb: inRenderer || inAny(fromMain, rules.web.main),
      isTest: testFile.test(file) || inAny(fromMain ?? '', rules.testFolders),
      report: (entry, rule, message) =>
        violations.push({
          file: fromRoot,
          line: entry.line,
          specifier: entry.specifier,
          rule,
          message,
        }),
    }
    const { imports, parseErrors } = readImports(file, readFileSync(file, 'utf8'))
    for (const error of parseErrors) {
      context.report({ line: 1, specifier: '' }, 'parse', `cannot read its imports: ${error}`)
    }
    if (!inRenderer && fromLayer === -1) {
      const message = `src-main/${fromMain} is in no layer: add its folder to src-main/lint/layer-rules.mjs`
      context.report({ line: 1, specifier: '' }, 'layers-point-down', message)
    }
    for (const entry of imports) {
      if (!entry.specifier.startsWith('.')) {
        checkPackageImport(context, entry, rules)
        continue
      }
      const target = toPosix(relative(root, resolveRelative(file, entry.specifier)))
      const toMain = target.startsWith('src-main/') ? target.slice('src-main/'.length) : undefined
      if (inRenderer) {
        checkRendererImport(context, entry, toMain, rules)
      } else if (target.startsWith('src-renderer/')) {
        const mayImportRenderer = context.isTest || rules.layers[fromLayer]?.importsRenderer
        if (!mayImportRenderer) {
          context.report(entry, 'layers-point-down', 'src-main does not import the renderer')
        }
      } else if (toMain !== undefined && !context.isTest && fromLayer !== -1) {
        checkMainImport(context, entry, toMain, rules, usedExceptions)
      }
    }
  }
  checkTable(mainFolder, rules, usedExceptions, violations)
  return violations
}

/** One line per violation, as the lint prints it. */
export function formatViolation(violation) {
  const where = `${violation.file}:${violation.line}`
  const what = violation.specifier ? ` imports '${violation.specifier}'` : ''
  return `${where}${what}: [${violation.rule}] ${violation.message}`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const violations = checkLayers(root)
  for (const violation of violations) {
    console.error(formatViolation(violation))
  }
  if (violations.length > 0) {
    console.error(
      `\n${violations.length} import(s) break the layers (src-main/lint/layer-rules.mjs).`,
    )
    process.exit(1)
  }
}
