import { describe, expect, it } from 'vitest'
import { defaultScryptCost, hashPassword, verifyPassword } from './password-hash'

const cheap = { N: 1024, r: 8, p: 1 }

describe('password hashes', () => {
  it('are scrypt with OWASP-level cost by default, a fresh salt each time', async () => {
    const first = await hashPassword('上党区融媒体中心2025')
    const second = await hashPassword('上党区融媒体中心2025')
    expect(first).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    expect(defaultScryptCost).toEqual({ N: 32768, r: 8, p: 3 })
    expect(first.split('$')[4]).not.toBe(second.split('$')[4])
    expect(first).not.toBe(second)
    expect(await verifyPassword('上党区融媒体中心2025', first)).toBe(true)
    expect(await verifyPassword('上党区融媒体中心2025', second)).toBe(true)
  })

  it('verify only the same password, written in either Unicode form', async () => {
    const stored = await hashPassword('Café密码123', cheap)
    expect(await verifyPassword('Café密码123', stored)).toBe(true)
    expect(await verifyPassword('Cafe\u0301密码123', stored)).toBe(true)
    expect(await verifyPassword('café密码123', stored)).toBe(false)
    expect(await verifyPassword('Café密码12', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('refuse a damaged or foreign stored hash instead of throwing', async () => {
    const stored = await hashPassword('password123', cheap)
    const parts = stored.split('$')
    const damaged = [
      '',
      'plain-text-password',
      ['bcrypt', ...parts.slice(1)].join('$'),
      [...parts.slice(0, 5), parts[5].slice(0, 20)].join('$'),
      [parts[0], String(2 ** 30), ...parts.slice(2)].join('$'),
      [parts[0], 'abc', ...parts.slice(2)].join('$'),
    ]
    for (const value of damaged) {
      expect(await verifyPassword('password123', value), value).toBe(false)
    }
  })
})
