import { AppError } from '../shared/errors/app-error'
import { readImportFile } from '../import/read-import-file'
import type { ReadBlock } from '../import/source-paragraph'
import type { SpreadsheetSheet } from '../metrics/spreadsheet/spreadsheet-sheet'
import { readSpreadsheet } from '../metrics/spreadsheet/read-spreadsheet'

/** A file someone chose, to read into plain data away from the app's own thread. */
export type FileParsingJob =
  | { kind: 'import'; fileName: string; bytes: Uint8Array }
  | { kind: 'spreadsheet'; fileName: string; bytes: Uint8Array }

/** What each kind of job gives back. */
export interface FileParsingResults {
  import: ReadBlock[]
  spreadsheet: { sheets: SpreadsheetSheet[] }
}

/** A job's answer as it crosses threads: the value, or an AppError's code and parameters. */
export type FileParsingAnswer =
  | { ok: true; value: unknown }
  | { ok: false; code: string; params: Record<string, string | number> }

/** Runs one job where it is called (the worker thread); every failure becomes an answer. */
export async function answerFileParsingJob(job: FileParsingJob): Promise<FileParsingAnswer> {
  try {
    const value =
      job.kind === 'import'
        ? await readImportFile(job.fileName, job.bytes)
        : await readSpreadsheet(job.fileName, job.bytes)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, params: error.params }
    }
    return { ok: false, code: 'file_unreadable', params: { name: job.fileName } }
  }
}
