import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { crashPoint } from './crash-point'

/**
 * Writes a file so that a crash at any moment leaves either the previous file or the whole new
 * one: the bytes go to a temporary name beside it, are flushed to the disk, then renamed over it.
 */
export function writeFileAtomically(target: string, bytes: Buffer): void {
  const temporary = `${target}.${process.pid}.tmp`
  try {
    const handle = openSync(temporary, 'w')
    try {
      const half = Math.floor(bytes.length / 2)
      writeSync(handle, bytes, 0, half)
      crashPoint('export-write')
      writeSync(handle, bytes, half, bytes.length - half)
      fsyncSync(handle)
    } finally {
      closeSync(handle)
    }
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
