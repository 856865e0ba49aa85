import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ExportProfile } from './export-profile'
import { validateExportProfile } from './export-profile'

/** Reads and validates a profile JSON file; a file that is not JSON gets a Chinese error too. */
export function readExportProfile(file: string): ExportProfile {
  const source = `导出配置“${basename(file)}”`
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${source}无法读取或不是有效的 JSON：${(error as Error).message}`)
  }
  return validateExportProfile(parsed, source)
}
