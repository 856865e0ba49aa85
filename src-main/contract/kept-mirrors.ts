import type { BackupInfo } from '../backup/list-backups'
import type { DecisionOutcome, SuggestionDecision } from '../roll-forward/decide-suggestions'
import type { RollForwardResult } from '../roll-forward/roll-forward-report'
import type { ChannelOutput, Handlers } from './channels'

/** True when A and B have the same fields and each is assignable to the other. */
type Same<A, B> = [A, keyof A] extends [B, keyof B]
  ? [B, keyof B] extends [A, keyof A]
    ? true
    : false
  : false

/**
 * The hand-written types of backup/ and roll-forward/ that still restate a channel's schema: a
 * field that drifts on either side fails to compile here, until they are derived from the schema.
 */
export const keptMirrorsMatch: [
  Same<BackupInfo, ChannelOutput<'backups.create'>>,
  Same<RollForwardResult, ChannelOutput<'reports.rollForward'>>,
  Same<SuggestionDecision, Parameters<Handlers['rollForward.decide']>[0]>,
  Same<DecisionOutcome, ChannelOutput<'rollForward.decide'>>,
] = [true, true, true, true]
