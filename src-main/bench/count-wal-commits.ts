import { existsSync, readFileSync, statSync } from 'node:fs'

const walHeaderBytes = 32
const frameHeaderBytes = 24

/** The size of a database's write-ahead log, to count the commits written after it. */
export function walSize(databaseFile: string): number {
  const wal = `${databaseFile}-wal`
  return existsSync(wal) ? statSync(wal).size : 0
}

/**
 * How many transactions were committed to the write-ahead log after it was `fromBytes` long: a
 * frame whose header holds the database size after it is a commit frame. The log must not have been
 * checkpointed and restarted in between (turn off wal_autocheckpoint while counting).
 */
export function countWalCommits(databaseFile: string, fromBytes: number): number {
  const wal = readFileSync(`${databaseFile}-wal`)
  const pageSize = wal.readUInt32BE(8)
  const frameBytes = frameHeaderBytes + pageSize
  let commits = 0
  for (
    let offset = Math.max(walHeaderBytes, fromBytes);
    offset + frameBytes <= wal.length;
    offset += frameBytes
  ) {
    if (wal.readUInt32BE(offset + 4) !== 0) {
      commits += 1
    }
  }
  return commits
}
