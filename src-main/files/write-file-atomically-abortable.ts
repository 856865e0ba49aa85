import { open, rename, rm } from 'node:fs/promises'
import { crashPoint } from './crash-point'

/** Tells apart the temporary files of writes running at once in this process. */
let writes = 0

/**
 * Writes a file so that a crash at any moment leaves either the previous file or the whole new
 * one: the bytes go to a temporary name beside it, are flushed to the disk, then renamed over it.
 * It gives way to other work between its steps, so that `signal` can stop it: aborted at
 * any moment before the rename, the temporary file is removed, the target is untouched and the
 * abort's reason is thrown. Once the rename has begun the write completes: the new file is saved.
 */
export async function writeFileAtomicallyAbortable(
  target: string,
  bytes: Buffer,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted()
  const temporary = `${target}.${process.pid}-${++writes}.tmp`
  try {
    const handle = await open(temporary, 'w')
    try {
      const half = Math.floor(bytes.length / 2)
      await handle.write(bytes, 0, half)
      crashPoint('export-write')
      signal?.throwIfAborted()
      await handle.write(bytes, half, bytes.length - half)
      await handle.sync()
    } finally {
      await handle.close()
    }
    signal?.throwIfAborted()
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
