import { basename, extname, isAbsolute } from 'node:path'
import { AppError } from '../errors/app-error'
import { checkExportTarget } from './check-export-target'
import { writeFileAtomicallyAbortable } from '../files/write-file-atomically-abortable'

/** Windows' answers when Word or WPS holds the file open, and a read-only folder's. */
const lockedCodes = new Set(['EBUSY', 'EPERM', 'EACCES'])

function writeFailure(error: unknown, path: string, signal?: AbortSignal): unknown {
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
  if (!isAbsolute(path) || extname(path).toLowerCase() !== `.${extension}`) {
    throw new AppError('export_path_invalid', { path, extension })
  }
  checkExportTarget(path, workspaceFile)
  if (signal?.aborted) {
    throw new AppError('export_cancelled')
  }
  const file = await produce()
  try {
    await writeFileAtomicallyAbortable(path, file.bytes, signal)
  } catch (error) {
    throw writeFailure(error, path, signal)
  }
  return file
}
