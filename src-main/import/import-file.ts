import { extname } from 'node:path'
import { AppError } from '../errors/app-error'
import type { Workspace } from '../workspace/workspace'
import { decodeTextFile } from './decode-text-file'
import { readDocxBlocks } from './docx/read-docx-blocks'
import { decodeHtmlFile } from './html/decode-html-file'
import { readHtmlBlocks } from './html/read-html-blocks'
import type { ReadBlock } from './source-paragraph'
import { splitTextParagraphs } from './split-text-paragraphs'
import { downloadImage } from './remote-images/download-image'
import type { ImageDownloader } from './remote-images/download-remote-images'
import { downloadRemoteImages } from './remote-images/download-remote-images'
import type { ReportImportOptions } from './text-import-service'
import { importBlocks } from './text-import-service'

/** The largest file an import reads. */
export const maxImportBytes = 50 * 1024 * 1024

/** Readers of import files by extension: bytes to the blocks structure detection reads. */
const fileReaders: Record<
  string,
  (bytes: Uint8Array, fileName: string) => Promise<ReadBlock[]> | ReadBlock[]
> = {
  '.txt': (bytes, fileName) => {
    const decoded = decodeTextFile(bytes)
    if (!decoded.ok) {
      throw new AppError('not_text_file', { name: fileName })
    }
    return splitTextParagraphs(decoded.text)
  },
  '.docx': (bytes) => readDocxBlocks(bytes),
  '.html': (bytes, fileName) => {
    const decoded = decodeHtmlFile(bytes)
    if (!decoded.ok) {
      throw new AppError('not_text_file', { name: fileName })
    }
    return readHtmlBlocks(decoded.text)
  },
}
fileReaders['.htm'] = fileReaders['.html']!

/** The file types an import accepts, for file pickers and messages. */
export const importFileExtensions = Object.keys(fileReaders)

export interface FileImportInput extends ReportImportOptions {
  fileName: string
  bytes: Uint8Array
  /** Download the pictures a web page points at (never without the user asking). */
  fetchRemoteImages?: boolean
}

/**
 * Imports last year's report from a .txt, .docx or .html/.htm file into a new report: the
 * same outline, pictures and bound figures whichever the format. Returns the report id.
 */
export async function importFile(
  workspace: Workspace,
  input: FileImportInput,
  download: ImageDownloader = downloadImage,
): Promise<number> {
  const reader = fileReaders[extname(input.fileName).toLowerCase()]
  if (!reader) {
    throw new AppError('unsupported_file', { name: input.fileName })
  }
  if (input.bytes.length > maxImportBytes) {
    throw new AppError('file_too_large', {
      size: `${(input.bytes.length / 1048576).toFixed(1)} MB`,
      limit: `${maxImportBytes / 1048576} MB`,
    })
  }
  const read = await reader(input.bytes, input.fileName)
  const blocks = input.fetchRemoteImages ? await downloadRemoteImages(read, download) : read
  return importBlocks(workspace, blocks, input)
}
