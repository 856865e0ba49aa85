/** When logging in is slowed down after failures, as named numbers. */
export const loginThrottleRules = {
  /** Failures in a row allowed before waiting starts. */
  freeFailures: 5,
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  firstDelayMs: 1000,
  /** The longest wait. */
  maxDelayMs: 15 * 60 * 1000,
  /** A name and address with no failure for this long starts afresh. */
  forgetAfterMs: 60 * 60 * 1000,
  /** The most names and addresses remembered; the stalest are forgotten first. */
  maxEntries: 10000,
} as const

export type LoginThrottleRules = { [Rule in keyof typeof loginThrottleRules]: number }

interface Failures {
  count: number
  lastAt: number
}

/** The answer to "may this name try to log in from this address now?". */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number }

/**
 * Counts failed logins per account name and client address, in memory: after
 * `freeFailures` failures in a row each further try must wait, twice as long each time up to
 * `maxDelayMs`; a success resets the count.
 */
export function createLoginThrottle(rules: LoginThrottleRules = loginThrottleRules) {
  const failures = new Map<string, Failures>()
  const keyOf = (name: string, address: string) =>
    JSON.stringify([name.normalize('NFC').toLowerCase(), address])

  const delayAfter = (count: number) => {
    const extra = count - rules.freeFailures
    if (extra < 0) {
      return 0
    }
    return Math.min(rules.firstDelayMs * 2 ** Math.min(extra, 40), rules.maxDelayMs)
  }

  const current = (key: string, now: number): Failures | undefined => {
    const entry = failures.get(key)
    if (entry && now - entry.lastAt >= rules.forgetAfterMs) {
      failures.delete(key)
      return undefined
    }
    return entry
  }

  return {
    check(name: string, address: string, now: number): ThrottleVerdict {
      const entry = current(keyOf(name, address), now)
      const waitUntil = entry ? entry.lastAt + delayAfter(entry.count) : now
      return waitUntil > now ? { allowed: false, retryAfterMs: waitUntil - now } : { allowed: true }
    },
    recordFailure(name: string, address: string, now: number): void {
      const key = keyOf(name, address)
      const count = (current(key, now)?.count ?? 0) + 1
      failures.delete(key)
      failures.set(key, { count, lastAt: now })
      if (failures.size > rules.maxEntries) {
        const stalest = failures.keys().next().value as string
        failures.delete(stalest)
      }
    },
    recordSuccess(name: string, address: string): void {
      failures.delete(keyOf(name, address))
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
