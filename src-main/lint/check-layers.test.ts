import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import type { LayerViolation } from './check-layers.mjs'
import { checkLayers, formatViolation, layerOf, readImports } from './check-layers.mjs'
import type { LayerRules } from './layer-rules.mjs'
import { layerRules } from './layer-rules.mjs'

const tempFolder = useTempFolder()

function projectWith(files: Record<string, string>): string {
  const root = tempFolder()
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), code)
  }
  return root
}

const rulesWithout = (exceptions: LayerRules['exceptions'] = []): LayerRules => ({
  ...layerRules,
  exceptions,
})

const brief = (violations: LayerViolation[]) =>
  violations.map((violation) => `${violation.file}:${violation.line} ${violation.rule}`).sort()

const layerName = (path: string) => layerRules.layers[layerOf(path)]?.name

describe('readImports', () => {
  it('tells type-only imports from value imports, re-exports and dynamic imports included', () => {
    const code = [
      "import type { A } from './a'",
      "import { type B, C } from './b'",
      "import { type D } from './d'",
      "// import { E } from './commented-out'",
      "const pattern = /'\\/\\/'/",
      "export type { F } from './f'",
      "export { G } from './g'",
      "const lazy = import('./lazy')",
      "import './side-effect.css'",
    ].join('\n')
    expect(readImports('x.ts', code).imports).toEqual([
      { specifier: './a', typeOnly: true, line: 1 },
      { specifier: './b', typeOnly: false, line: 2 },
      { specifier: './d', typeOnly: true, line: 3 },
      { specifier: './side-effect.css', typeOnly: false, line: 9 },
      { specifier: './f', typeOnly: true, line: 6 },
      { specifier: './g', typeOnly: false, line: 7 },
      { specifier: './lazy', typeOnly: false, line: 8 },
    ])
  })
})

describe('layerOf', () => {
  it('takes a file entry over a file-name pattern over the longest folder', () => {
    expect(layerName('workspace/start-workspace.ts')).toBe('workspace')
    expect(layerName('workspace/workspace.ts')).toBe('entities')
    expect(layerName('roll-forward/suggestion-repository.ts')).toBe('entities')
    expect(layerName('metrics/metric-handlers.ts')).toBe('handlers')
    expect(layerName('metrics/metric-service.ts')).toBe('entities')
    expect(layerName('shared/document/format-figure.ts')).toBe('shared')
    expect(layerOf('somewhere-new/thing.ts')).toBe(-1)
  })
})

describe('checkLayers', () => {
  const project = {
    'src-main/shared/document/format-figure.ts': 'export const formatFigure = () => ""\n',
    'src-main/shared/text/read-text.ts': "import { readFileSync } from 'node:fs'\n",
    'src-main/shared/metrics/series.ts': "import type { Report } from '../../reports/report'\n",
    'src-main/contract/channels.ts': [
      "import { z } from 'zod'",
      "import { formatFigure } from '../shared/document/format-figure'",
    ].join('\n'),
    'src-main/reports/report.ts': 'export interface Report { id: number }\n',
    'src-main/reports/report-service.ts': [
      "import type { Workspace } from '../workspace/workspace'",
      "import type { ChannelName } from '../contract/channels'",
      "import { importText } from '../import/import-text'",
    ].join('\n'),
    'src-main/import/import-text.ts': [
      "import type { Report } from '../reports/report'",
      "import { formatFigure } from '../shared/document/format-figure'",
      'export const importText = () => formatFigure()',
    ].join('\n'),
    'src-main/import/import-text.test.ts': "import { seed } from '../workspace/start-workspace'\n",
    'src-main/workspace/workspace.ts': 'export interface Workspace { file: string }\n',
    'src-main/workspace/start-workspace.ts': "import { importText } from '../import/import-text'\n",
    'src-main/metrics/metric-handlers.ts': "import { importText } from '../import/import-text'\n",
    'src-main/db/open-database.ts': "import Database from 'better-sqlite3'\nimport 'electron'\n",
    'src-main/electron/main.ts': "import { app } from 'electron'\n",
    'src-main/mystery/thing.ts': 'export const thing = 1\n',
    'src-renderer/features/view.tsx': [
      "import { formatFigure } from '../../src-main/shared/document/format-figure'",
      "import type { ChannelName } from '../../src-main/contract/channels'",
      "import { channels } from '../../src-main/contract/channels'",
      "import type { Report } from '../../src-main/reports/report'",
      "import { readFileSync } from 'node:fs'",
      "import './view.css'",
    ].join('\n'),
    'src-renderer/features/view.test.ts':
      "import { importText } from '../../src-main/import/import-text'\n",
  }

  it('finds each kind of break and nothing else', () => {
    expect(brief(checkLayers(projectWith(project), rulesWithout()))).toEqual([
      'src-main/db/open-database.ts:2 electron-in-shell',
      'src-main/mystery/thing.ts:1 layers-point-down',
      'src-main/reports/report-service.ts:3 layers-point-down',
      'src-main/shared/metrics/series.ts:1 web-without-node',
      'src-main/shared/text/read-text.ts:1 web-without-node',
      'src-renderer/features/view.test.ts:1 renderer-boundary',
      'src-renderer/features/view.tsx:3 renderer-boundary',
      'src-renderer/features/view.tsx:4 renderer-boundary',
      'src-renderer/features/view.tsx:5 web-without-node',
    ])
  })

  it('names the file, the import, the rule and the layers in its message', () => {
    const violations = checkLayers(projectWith(project), rulesWithout())
    const upward = violations.find((violation) => violation.file.endsWith('report-service.ts'))
    expect(formatViolation(upward!)).toBe(
      "src-main/reports/report-service.ts:3 imports '../import/import-text': [layers-point-down] " +
        'entities may not import use cases (src-main/import/import-text.ts)',
    )
  })

  it('lets a listed exception pass and fails on one that no import needs', () => {
    const root = projectWith(project)
    const exceptions = [
      { from: 'reports/report-service.ts', to: 'import/', why: 'moving' },
      { from: 'reports/report.ts', to: 'import/', why: 'long gone' },
    ]
    const violations = checkLayers(root, rulesWithout(exceptions))
    expect(violations.filter((violation) => violation.file.endsWith('report-service.ts'))).toEqual(
      [],
    )
    expect(violations.filter((violation) => violation.rule === 'layer-rules')).toEqual([
      expect.objectContaining({
        message: 'the exception reports/report.ts → import/ matches no import: remove it',
      }),
    ])
  })

  it('fails on a layer entry that names a file which does not exist', () => {
    const root = projectWith({ 'src-main/workspace/start-workspace.ts': 'export {}\n' })
    const rules = rulesWithout()
    expect(
      checkLayers(root, rules)
        .filter((violation) => violation.rule === 'layer-rules')
        .map((violation) => violation.message),
    ).toEqual(["layer 'entities' names src-main/workspace/workspace.ts, which does not exist"])
  })
})
