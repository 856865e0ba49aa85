import type { Handlers } from '../contract/channels'

/** The channels handled by more than one of `Groups`. */
type RepeatedChannels<Groups extends readonly object[], Seen = never> = Groups extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? (keyof First & Seen) | RepeatedChannels<Rest, Seen | keyof First>
  : never

/** Every group's handlers in one type. */
type Combined<Groups extends readonly object[]> = Groups extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Combined<Rest>
  : unknown

/** Refuses, at compile time, groups that handle a channel twice, naming the channel. */
type NoRepeatedChannel<Groups extends readonly object[]> = [RepeatedChannels<Groups>] extends [
  never,
]
  ? unknown
  : { channelHandledTwice: RepeatedChannels<Groups> }

/**
 * One handler table from per-feature groups (each `satisfies Partial<Handlers>`). A channel in
 * two groups is a compile error; `satisfies Handlers` on the result makes a missing one an error.
 */
export function combineHandlerGroups<const Groups extends readonly Partial<Handlers>[]>(
  ...groups: Groups & NoInfer<NoRepeatedChannel<Groups>>
): Combined<Groups> {
  return Object.assign({}, ...groups) as Combined<Groups>
}
