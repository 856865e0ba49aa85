import { Worker } from 'node:worker_threads'
import { AppError } from '../shared/errors/app-error'
// oxlint-disable-next-line import/default -- `?modulePath` gives the path of the worker's built file
import workerFile from './file-parsing-worker?modulePath'
import type { FileParsingAnswer, FileParsingJob, FileParsingResults } from './file-parsing-job'
import { fileParsingLimits } from './file-parsing-limits'

type Limits = typeof fileParsingLimits

/** The worker thread files are read in: started at the first read, kept for the next ones. */
let reader: { worker: Worker; ready: Promise<void>; limits: Limits } | undefined
/** Reads run one after another: each has the worker, and its limits, to itself. */
let queue: Promise<unknown> = Promise.resolve()

function startReader(limits: Limits) {
  const worker = new Worker(workerFile, {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.oldGenerationMb,
      maxYoungGenerationSizeMb: limits.youngGenerationMb,
      stackSizeMb: limits.stackMb,
    },
  })
  // An idle reader never keeps the app (or a CLI run) from exiting.
  worker.unref()
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
    worker.once('exit', reject)
  })
  const started = { worker, ready, limits }
  worker.once('exit', () => {
    if (reader === started) {
      reader = undefined
    }
  })
  return started
}

function read<K extends FileParsingJob['kind']>(
  job: Extract<FileParsingJob, { kind: K }>,
  limits: Limits,
): Promise<FileParsingResults[K]> {
  const name = job.fileName
  const failure = (error: Error & { code?: string }) =>
    error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new AppError('file_out_of_memory', { name, limit: limits.oldGenerationMb })
      : new AppError('file_unreadable', { name })
  if (reader?.limits !== limits) {
    void reader?.worker.terminate()
    reader = startReader(limits)
  }
  const { worker, ready } = reader
  return new Promise<FileParsingResults[K]>((resolve, reject) => {
    const finish = (outcome: () => void, endReader: boolean) => {
      clearTimeout(timer)
      worker.off('message', onAnswer)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (endReader) {
        // The next read starts a new worker at once, not this one while it is still ending.
        if (reader?.worker === worker) {
          reader = undefined
        }
        void worker.terminate()
      }
      outcome()
    }
    // The time counts from the call, a worker's start included: that is what the user waits for.
    const timer = setTimeout(
      () =>
        finish(
          () => reject(new AppError('file_timeout', { name, seconds: limits.timeMs / 1000 })),
          true,
        ),
      limits.timeMs,
    )
    const onAnswer = (answer: FileParsingAnswer & { retire: boolean }) =>
      finish(
        () =>
          answer.ok
            ? resolve(answer.value as FileParsingResults[K])
            : reject(new AppError(answer.code, answer.params)),
        answer.retire,
      )
    const onError = (error: Error & { code?: string }) => finish(() => reject(failure(error)), true)
    const onExit = () => finish(() => reject(new AppError('file_unreadable', { name })), true)
    worker.on('error', onError)
    worker.on('exit', onExit)
    ready.then(
      () => {
        const bytes = new Uint8Array(job.bytes)
        worker.on('message', onAnswer)
        worker.postMessage({ ...job, bytes }, [bytes.buffer])
      },
      (error: Error) => finish(() => reject(failure(error)), true),
    )
  })
}

/**
 * Reads a file in a worker thread held to `fileParsingLimits`: a file that takes too much memory
 * (`file_out_of_memory`) or time (`file_timeout`), or crashes the reader (`file_unreadable`),
 * fails that one read with a clear message, and the worker is replaced; the app's own thread and
 * its data are never touched. Reads run one at a time; the bytes are copied to the worker and
 * the answer is plain data.
 */
export function parseFileInWorker<K extends FileParsingJob['kind']>(
  job: Extract<FileParsingJob, { kind: K }>,
  limits: Limits = fileParsingLimits,
): Promise<FileParsingResults[K]> {
  const result = queue.then(() => read(job, limits))
  queue = result.catch(() => undefined)
  return result
}
