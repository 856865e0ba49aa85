import { readFileSync, statSync } from 'node:fs'
import { CliError } from './cli-command'

const maxInputBytes = 50 * 1024 * 1024

/** Reads a file named on the command line, with a clear message when it cannot be read. */
export function readInputFile(path: string): Buffer {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new CliError(`找不到文件：${path}`)
  }
  if (size > maxInputBytes) {
    throw new CliError(`文件过大（${(size / 1048576).toFixed(1)} MB），上限为 50 MB：${path}`)
  }
  return readFileSync(path)
}

/** Reads a text file as UTF-8 (a BOM is dropped); refuses bytes that are not valid UTF-8. */
export function readTextFile(path: string): string {
  const bytes = readInputFile(path)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new CliError(`文件不是 UTF-8 编码的文本：${path}（请另存为 UTF-8 后重试）`)
  }
}
