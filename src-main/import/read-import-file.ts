import { extname } from 'node:path'
import { AppError } from '../shared/errors/app-error'
import { decodeTextFile } from '../shared/text/decode-text-file'
import { readDocxBlocks } from './docx/read-docx-blocks'
import { decodeHtmlFile } from './html/decode-html-file'
import { readHtmlBlocks } from './html/read-html-blocks'
import { ImportBudget } from './import-budget'
import type { ReadBlock } from './source-paragraph'
import { splitTextParagraphs } from './split-text-paragraphs'

/** The largest file an import reads. */
export const maxImportBytes = 50 * 1024 * 1024

type FileReader = (
  bytes: Uint8Array,
  fileName: string,
  budget: ImportBudget,
) => Promise<ReadBlock[]> | ReadBlock[]

/** Readers of import files by extension: bytes to the blocks structure detection reads. */
const fileReaders: Record<string, FileReader> = {
  '.txt': (bytes, fileName, budget) => {
    const decoded = decodeTextFile(bytes)
    if (!decoded.ok) {
      throw new AppError('not_text_file', { name: fileName })
    }
    return splitTextParagraphs(decoded.text, budget)
  },
  '.docx': (bytes, _fileName, budget) => readDocxBlocks(bytes, budget),
  '.html': (bytes, fileName, budget) => {
    const decoded = decodeHtmlFile(bytes)
    if (!decoded.ok) {
      throw new AppError('not_text_file', { name: fileName })
    }
    return readHtmlBlocks(decoded.text, budget)
  },
}
fileReaders['.htm'] = fileReaders['.html']!

/** The file types an import accepts, for file pickers and messages. */
export const importFileExtensions = Object.keys(fileReaders)

/**
 * Reads an import file (.txt, .docx, .html/.htm) into blocks, held to the import's limits
 * (`importLimits`); fails with `unsupported_file`, `file_too_large` or the reader's own error.
 * Pure: it touches no workspace, so it can run in a worker thread.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadBlock[]> {
  const reader = fileReaders[extname(fileName).toLowerCase()]
  if (!reader) {
    throw new AppError('unsupported_file', { name: fileName })
  }
  if (bytes.length > maxImportBytes) {
    throw new AppError('file_too_large', {
      size: `${(bytes.length / 1048576).toFixed(1)} MB`,
      limit: `${maxImportBytes / 1048576} MB`,
    })
  }
  return reader(bytes, fileName, new ImportBudget())
}
