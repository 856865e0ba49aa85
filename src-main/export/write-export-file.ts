import { basename, extname, isAbsolute } from 'node:path'
import { AppError } from '../shared/errors/app-error'
import { checkExportTarget } from './check-export-target'
import { writeFileAtomicallyAbortable } from '../files/write-file-atomically-abortable'

/** Windows' answers when Word or WPS holds the file open, and a read-only folder's. */
const lockedCodes = new Set(['EBUSY', 'EPERM', 'EACCES'])

/** A write error as the export reports it: cancelled, the file held open, or another error. */
export function exportWriteFailure(error: unknown, path: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) {
    return new AppError('export_cancelled')
  }
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') {
    return error
  }
  const name = basename(path)
  return new AppError(lockedCodes.has(code) ? 'export_file_locked' : 'export_write_failed', {
    name,
    path,
    code,
  })
}

/**
 * Writes an exported file where the user chose (a save dialog's path), through a temporary file
 * and a rename, so the target is either the previous file, untouched, or the whole new one. The
 * path must be absolute and end in `.extension` (`export_path_invalid`); the workspace's own
 * files, its backups folder and anything but a regular file are refused before anything is made
 * (`checkExportTarget`). A file Word holds open is `export_file_locked` (close it and retry); any
 * other write error is `export_write_failed`. Aborted through `signal` before the rename (取消),
 * it is `export_cancelled` and leaves nothing behind; after the rename it returns: the file is saved.
 */
export async function writeExportFile<T extends { bytes: Buffer }>(
  target: { path: string; extension: string; workspaceFile: string },
  produce: () => T | Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const { path, extension, workspaceFile } = target
  const invalid = new AppError('export_path_invalid', { path, extension })
  if (!isAbsolute(path)) {
    throw invalid
  }
  // The workspace and its backups are refused as such, whatever name the target was given.
  checkExportTarget(path, workspaceFile)
  if (extname(path).toLowerCase() !== `.${extension}`) {
    throw invalid
  }
  if (signal?.aborted) {
    throw new AppError('export_cancelled')
  }
  const file = await produce()
  try {
    await writeFileAtomicallyAbortable(path, file.bytes, signal)
  } catch (error) {
    throw exportWriteFailure(error, path, signal)
  }
  return file
}
