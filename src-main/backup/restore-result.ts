import type { ChannelOutput } from '../contract/channels'

/** What a restore answers: the backup restored from, and where the replaced workspace file went. */
export type RestoreResult = ChannelOutput<'backups.restore'>
