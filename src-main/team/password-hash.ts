import type { BinaryLike, ScryptOptions } from 'node:crypto'
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt's cost parameters: N (a power of two), r and p. */
export interface ScryptCost {
  N: number
  r: number
  p: number
}

/**
 * OWASP's scrypt setting of 32 MiB (N=2¹⁵, r=8, p=3): as costly to guess with as its 128 MiB
 * setting, with a quarter of the memory per login on a small team server.
 */
export const defaultScryptCost: ScryptCost = { N: 2 ** 15, r: 8, p: 3 }

const saltBytes = 16
const keyBytes = 32

function deriveKey(password: string, salt: BinaryLike, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => {
      if (error) {
        reject(error)
      } else {
        resolve(key)
      }
    })
  })
}

/**
 * A password as stored: `scrypt$N$r$p$salt$key`, salt and key in base64, a new random salt each
 * time, so the cost can be raised later without invalidating older hashes.
 */
export async function hashPassword(
  password: string,
  cost: ScryptCost = defaultScryptCost,
): Promise<string> {
  const salt = randomBytes(saltBytes)
  const key = await deriveKey(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  )
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | undefined {
  const [scheme, N, r, p, salt, key] = stored.split('$')
  const cost = { N: Number(N), r: Number(r), p: Number(p) }
  const saneCost =
    Number.isSafeInteger(cost.N) &&
    cost.N > 1 &&
    cost.N <= 2 ** 20 &&
    Number.isSafeInteger(cost.r) &&
    cost.r >= 1 &&
    cost.r <= 32 &&
    Number.isSafeInteger(cost.p) &&
    cost.p >= 1 &&
    cost.p <= 16
  if (scheme !== 'scrypt' || !saneCost || !salt || !key) {
    return undefined
  }
  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') }
}

/** Whether `password` is the one `stored` was made from, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed || parsed.key.length !== keyBytes) {
    return false
  }
  const key = await deriveKey(password, parsed.salt, parsed.cost)
  return timingSafeEqual(key, parsed.key)
}
