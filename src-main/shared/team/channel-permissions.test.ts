import { describe, expect, it } from 'vitest'
import type { ChannelName } from '../../contract/channels'
import { channels } from '../../contract/channels'
import type { TeamRole } from './team-roles'
import { teamRoles } from './team-roles'
import { channelPermissions, mayCallChannel } from './channel-permissions'

const channelNames = Object.keys(channels) as ChannelName[]

/** The channels that change a section's text, directly or by a decision applied to it. */
const textChanging: ChannelName[] = [
  'sections.save',
  'sections.structure',
  'sections.restoreRevision',
  'rollForward.decide',
  'assets.addImage',
]

describe('channel permissions', () => {
  it('name every channel of the contract, and only those, with known roles', () => {
    expect(Object.keys(channelPermissions).sort()).toEqual([...channelNames].sort())
    for (const roles of Object.values(channelPermissions)) {
      expect(roles.every((role) => teamRoles.includes(role))).toBe(true)
    }
  })

  it.each([
    ['reviewer', 'reports.open', true],
    ['reviewer', 'sections.get', true],
    ['reviewer', 'checks.run', true],
    ['reviewer', 'checks.dismiss', true],
    ['reviewer', 'metrics.setReview', true],
    ['reviewer', 'export.report', true],
    ['reviewer', 'sections.save', false],
    ['reviewer', 'sections.structure', false],
    ['reviewer', 'metrics.setValue', false],
    ['writer', 'sections.save', true],
    ['writer', 'sections.restoreRevision', true],
    ['writer', 'assets.addImage', true],
    ['writer', 'checks.run', true],
    ['writer', 'metrics.setValue', false],
    ['writer', 'metrics.applySpreadsheet', false],
    ['writer', 'metrics.setReview', false],
    ['writer', 'checks.dismiss', false],
    ['writer', 'sections.structure', false],
    ['writer', 'reports.delete', false],
    ['writer', 'backups.restore', false],
    ['editor', 'metrics.setValue', true],
    ['editor', 'metrics.applySpreadsheet', true],
    ['editor', 'sections.structure', true],
    ['editor', 'sections.save', true],
    ['editor', 'import.file', true],
    ['editor', 'backups.create', false],
    ['editor', 'settings.setLanguage', false],
    ['admin', 'backups.restore', true],
    ['admin', 'sections.save', true],
    ['admin', 'metrics.setValue', true],
    ['admin', 'export.toFile', false],
    ['writer', 'compare.toFile', false],
  ] as [TeamRole, ChannelName, boolean][])('%s → %s: %s', (role, channel, allowed) => {
    expect(mayCallChannel(role, channel)).toBe(allowed)
  })

  it('never let a reviewer change text', () => {
    for (const channel of textChanging) {
      expect(mayCallChannel('reviewer', channel), channel).toBe(false)
    }
  })

  it('let an admin call every channel but those writing on the server’s own disk', () => {
    const refused = channelNames.filter((channel) => !mayCallChannel('admin', channel))
    expect(refused.sort()).toEqual(['compare.toFile', 'export.cancel', 'export.toFile'])
    for (const channel of refused) {
      expect(teamRoles.filter((role) => mayCallChannel(role, channel))).toEqual([])
    }
  })

  it('give every role the channels a reader needs, and a writer nothing an editor lacks', () => {
    for (const channel of channelNames) {
      if (mayCallChannel('reviewer', channel)) {
        expect(mayCallChannel('editor', channel), channel).toBe(true)
      }
      if (mayCallChannel('writer', channel)) {
        expect(mayCallChannel('editor', channel), channel).toBe(true)
      }
      if (mayCallChannel('editor', channel)) {
        expect(mayCallChannel('admin', channel), channel).toBe(true)
      }
    }
  })
})
