import type { Role } from './classify-lines'

/** Pass 3: the lead (导语), the first prose paragraph when only bylines or notes come before it. */
export function findLeadIndex(
  roles: (Role | undefined)[],
  bodyStart: number,
  firstProse: number,
  creditsStart: number,
): number | undefined {
  if (firstProse >= creditsStart) {
    return undefined
  }
  for (let index = bodyStart; index < firstProse; index++) {
    const kind = roles[index]?.kind
    if (kind !== undefined && kind !== 'body') {
      return undefined
    }
  }
  return firstProse
}
