import { describe, expect, it } from 'vitest'
import { createLoginThrottle, loginThrottleRules } from './login-throttle'

describe('the login throttle', () => {
  it('lets five failures through, then makes each further try wait twice as long', () => {
    const throttle = createLoginThrottle()
    let now = 1_000_000
    for (let failure = 1; failure <= 5; failure++) {
      expect(throttle.check('张三', '10.0.0.5', now)).toEqual({ allowed: true })
      throttle.recordFailure('张三', '10.0.0.5', now)
    }
    expect(throttle.check('张三', '10.0.0.5', now)).toEqual({ allowed: false, retryAfterMs: 1000 })
    expect(throttle.check('张三', '10.0.0.5', now + 999)).toEqual({
      allowed: false,
      retryAfterMs: 1,
    })
    now += 1000
    expect(throttle.check('张三', '10.0.0.5', now)).toEqual({ allowed: true })
    throttle.recordFailure('张三', '10.0.0.5', now)
    expect(throttle.check('张三', '10.0.0.5', now)).toEqual({ allowed: false, retryAfterMs: 2000 })
    now += 2000
    throttle.recordFailure('张三', '10.0.0.5', now)
    expect(throttle.check('张三', '10.0.0.5', now)).toEqual({ allowed: false, retryAfterMs: 4000 })
  })

  it('keeps names and addresses apart, and ignores the case of Latin letters in names', () => {
    const throttle = createLoginThrottle()
    for (let failure = 0; failure < 5; failure++) {
      throttle.recordFailure('Wang', '10.0.0.5', 0)
    }
    expect(throttle.check('wang', '10.0.0.5', 0).allowed).toBe(false)
    expect(throttle.check('Wang', '10.0.0.6', 0).allowed).toBe(true)
    expect(throttle.check('李四', '10.0.0.5', 0).allowed).toBe(true)
  })

  it('resets on a success', () => {
    const throttle = createLoginThrottle()
    for (let failure = 0; failure < 7; failure++) {
      throttle.recordFailure('张三', '::1', 0)
    }
    expect(throttle.check('张三', '::1', 0).allowed).toBe(false)
    throttle.recordSuccess('张三', '::1')
    expect(throttle.check('张三', '::1', 0)).toEqual({ allowed: true })
    for (let failure = 0; failure < 5; failure++) {
      throttle.recordFailure('张三', '::1', 0)
    }
    expect(throttle.check('张三', '::1', 0)).toEqual({ allowed: false, retryAfterMs: 1000 })
  })

  it('waits at most the longest delay, and forgets a name after an hour without failures', () => {
    const throttle = createLoginThrottle()
    for (let failure = 0; failure < 60; failure++) {
      throttle.recordFailure('张三', '::1', 0)
    }
    expect(throttle.check('张三', '::1', 0)).toEqual({
      allowed: false,
      retryAfterMs: loginThrottleRules.maxDelayMs,
    })
    const later = loginThrottleRules.forgetAfterMs
    throttle.recordFailure('张三', '::1', later)
    expect(throttle.check('张三', '::1', later)).toEqual({ allowed: true })
  })

  it('remembers a bounded number of names, forgetting the stalest first', () => {
    const rules = { ...loginThrottleRules, maxEntries: 3 }
    const throttle = createLoginThrottle(rules)
    for (const name of ['a', 'b', 'c', 'd']) {
      for (let failure = 0; failure < 5; failure++) {
        throttle.recordFailure(name, '::1', 0)
      }
    }
    expect(throttle.check('a', '::1', 0).allowed).toBe(true)
    expect(['b', 'c', 'd'].map((name) => throttle.check(name, '::1', 0).allowed)).toEqual([
      false,
      false,
      false,
    ])
  })
})
