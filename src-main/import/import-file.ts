import { extname } from 'node:path'
import { AppError } from '../shared/errors/app-error'
import { parseFileInWorker } from '../file-parsing/parse-file-in-worker'
import type { Workspace } from '../workspace/workspace'
import { importFileExtensions, maxImportBytes } from './read-import-file'
import { downloadImage } from './remote-images/download-image'
import type { ImageDownloader } from './remote-images/download-remote-images'
import { downloadRemoteImages } from './remote-images/download-remote-images'
import type { ReportImportOptions } from './import-draft'
import { importBlocks } from './text-import-service'

export interface FileImportInput extends ReportImportOptions {
  fileName: string
  bytes: Uint8Array
  /** Download the pictures a web page points at (never without the user asking). */
  fetchRemoteImages?: boolean
}

/**
 * Imports last year's report from a .txt, .docx or .html/.htm file into a new report: the
 * same outline, pictures and bound figures whichever the format. Returns the report id.
 * The file is read in a worker thread (`parseFileInWorker`), held to the import's limits, and
 * only what it gave is written, in one transaction; a file that fails stores nothing.
 */
export async function importFile(
  workspace: Workspace,
  input: FileImportInput,
  download: ImageDownloader = downloadImage,
): Promise<number> {
  if (!importFileExtensions.includes(extname(input.fileName).toLowerCase())) {
    throw new AppError('unsupported_file', { name: input.fileName })
  }
  if (input.bytes.length > maxImportBytes) {
    throw new AppError('file_too_large', {
      size: `${(input.bytes.length / 1048576).toFixed(1)} MB`,
      limit: `${maxImportBytes / 1048576} MB`,
    })
  }
  const read = await parseFileInWorker({
    kind: 'import',
    fileName: input.fileName,
    bytes: input.bytes,
  })
  const blocks = input.fetchRemoteImages ? await downloadRemoteImages(read, download) : read
  return importBlocks(workspace, blocks, input)
}
