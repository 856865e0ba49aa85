import { parentPort } from 'node:worker_threads'
import type { FileParsingJob } from './file-parsing-job'
import { answerFileParsingJob } from './file-parsing-job'

/** The worker thread's script: reads the files it is sent, one at a time, and answers with plain data. */
parentPort?.on('message', (job: FileParsingJob) => {
  void answerFileParsingJob(job).then((answer) => {
    const transfers = new Set<ArrayBuffer>()
    if (answer.ok && job.kind === 'import') {
      for (const block of answer.value as { bytes?: Uint8Array }[]) {
        if (block.bytes && block.bytes.buffer instanceof ArrayBuffer) {
          transfers.add(block.bytes.buffer)
        }
      }
    }
    parentPort?.postMessage(answer, [...transfers])
  })
})
// The readers' modules are loaded: a job's time starts counting from here.
parentPort?.postMessage('ready')
