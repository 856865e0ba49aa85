import type { LayerRules } from './layer-rules.mjs'

export interface ImportStatement {
  specifier: string
  typeOnly: boolean
  line: number
}

export interface LayerViolation {
  /** Relative to the project root, e.g. `src-main/reports/report-service.ts`. */
  file: string
  line: number
  specifier: string
  rule:
    | 'renderer-boundary'
    | 'web-without-node'
    | 'layers-point-down'
    | 'electron-in-shell'
    | 'layer-rules'
    | 'parse'
  message: string
}

/** The import statements of one module: what it names, on which line, and whether only types. */
export function readImports(
  fileName: string,
  code: string,
): { imports: ImportStatement[]; parseErrors: string[] }

/** The index in `rules.layers` of a path relative to src-main (top is 0), or -1 if none names it. */
export function layerOf(path: string, rules?: LayerRules): number

/** Every import in src-main and src-renderer that breaks `rules`, and every stale table entry. */
export function checkLayers(root: string, rules?: LayerRules): LayerViolation[]

/** One line per violation, as the lint prints it. */
export function formatViolation(violation: LayerViolation): string
