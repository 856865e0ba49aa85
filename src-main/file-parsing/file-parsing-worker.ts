import { getHeapStatistics } from 'node:v8'
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
    // A heap left half full (by garbage or not) is not carried into the next read: this worker
    // asks to be replaced. V8 may abort the whole process, not just this thread, when a heap at
    // its limit cannot be collected (nodejs/node#47224), so a read starts from a clean heap.
    const heap = getHeapStatistics()
    const retire = heap.used_heap_size > heap.heap_size_limit / 2
    parentPort?.postMessage({ ...answer, retire }, [...transfers])
  })
})
// The readers' modules are loaded: a job's time starts counting from here.
parentPort?.postMessage('ready')
