import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from '../workspace/workspace'
import { countWalCommits, walSize } from './count-wal-commits'

const tempFolder = useTempFolder()

describe('counting commits in the write-ahead log', () => {
  it('counts one commit per transaction, however many statements it holds', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const workspace = openWorkspace(file)
    try {
      workspace.db.pragma('wal_autocheckpoint = 0')
      workspace.db.pragma('wal_checkpoint(TRUNCATE)')
      let before = walSize(file)
      workspace.db.transaction(() => {
        workspace.settings.set('a', '1')
        workspace.settings.set('b', '2')
      })()
      expect(countWalCommits(file, before)).toBe(1)
      before = walSize(file)
      workspace.settings.set('c', '3')
      workspace.settings.set('d', '4')
      expect(countWalCommits(file, before)).toBe(2)
    } finally {
      workspace.close()
    }
  })
})
