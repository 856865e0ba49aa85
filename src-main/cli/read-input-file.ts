import { readFileSync, statSync } from 'node:fs'
import { decodeTextFile } from '../shared/text/decode-text-file'
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

/** Reads a text file (UTF-8, UTF-16 with BOM or GBK); refuses binary files. */
export function readTextFile(path: string): string {
  const decoded = decodeTextFile(readInputFile(path))
  if (!decoded.ok) {
    throw new CliError(`文件不是文本文件：${path}`)
  }
  return decoded.text
}
