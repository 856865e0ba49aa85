/** A change as written: 增长46% is 46 %, 下降11.8% is -11.8 %, 提高2个百分点 is 2 百分点. */
export interface StatedChange {
  /** Signed: negative after 下降, 减少 and the like. */
  value: number
  unit: '%' | '百分点'
  /** Digits written after the decimal point: 1 for 11.8, 0 for 46. */
  decimals: number
}

/**
 * ok: the figures give the stated change within rounding. not-checkable: no change can be
 * computed (the earlier value is 0 or negative). mismatch: the figures give another change.
 * wrong-direction: the figures move the other way (增长 where they fell). wrong-unit: the
 * figures match in the other unit (a difference of rates stated in %, or the reverse).
 * `computed` is the unrounded change in the unit the figures call for.
 */
export type StatedChangeResult =
  | { status: 'ok' }
  | { status: 'not-checkable' }
  | { status: 'mismatch'; computed: number }
  | { status: 'wrong-direction'; computed: number }
  | { status: 'wrong-unit'; expectedUnit: '%' | '百分点'; computed: number }

// Float noise in the division must not push an exact half unit outside the tolerance.
const epsilon = 1e-9

/**
 * Whether a stated change agrees with the two values it compares. A change in % is
 * (current − previous) / previous × 100; when `isRate` (the values are rates or percentages)
 * a change in 百分点 is current − previous. The stated figure is rounded, so it agrees when the
 * computed one is within half a unit of its last written digit: 46% stands for 45.5–46.5.
 *
 * A rate's change stated in % is ok when it is the relative change; it is wrong-unit when only
 * the difference in 百分点 matches (the commonest slip). 百分点 for values that are not rates is
 * always the wrong unit.
 */
export function checkStatedChange(
  stated: StatedChange,
  current: number,
  previous: number,
  isRate: boolean,
): StatedChangeResult {
  const tolerance = 0.5 * 10 ** -stated.decimals + epsilon
  const agrees = (computed: number) => Math.abs(computed - stated.value) <= tolerance
  const relative = previous > 0 ? ((current - previous) / previous) * 100 : undefined
  const difference = current - previous
  const directionOrMismatch = (computed: number): StatedChangeResult => {
    const opposite = Math.sign(computed) !== Math.sign(stated.value)
    if (stated.value !== 0 && opposite && Math.abs(computed) > tolerance) {
      return { status: 'wrong-direction', computed }
    }
    return { status: 'mismatch', computed }
  }
  if (stated.unit === '%') {
    if (relative !== undefined && agrees(relative)) {
      return { status: 'ok' }
    }
    if (isRate && agrees(difference)) {
      return { status: 'wrong-unit', expectedUnit: '百分点', computed: difference }
    }
    return relative === undefined ? { status: 'not-checkable' } : directionOrMismatch(relative)
  }
  if (isRate) {
    if (agrees(difference)) {
      return { status: 'ok' }
    }
    if (relative !== undefined && agrees(relative)) {
      return { status: 'wrong-unit', expectedUnit: '%', computed: relative }
    }
    return directionOrMismatch(difference)
  }
  if (relative === undefined) {
    return { status: 'not-checkable' }
  }
  return { status: 'wrong-unit', expectedUnit: '%', computed: relative }
}
