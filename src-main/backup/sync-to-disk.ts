import { closeSync, fsyncSync, openSync } from 'node:fs'

/** Flushes a file's bytes to the disk before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Flushes a folder's entries (a rename) to the disk; Windows cannot open folders, and needs no such step. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') {
    return
  }
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
