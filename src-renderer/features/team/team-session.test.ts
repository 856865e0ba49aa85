import { afterEach, describe, expect, it, vi } from 'vitest'
import { onTeamSessionLost, probeTeamSession, signIn, signOut } from './team-session'

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

afterEach(() => vi.unstubAllGlobals())

describe('probeTeamSession', () => {
  it('is team mode with the account when /auth/me answers 200', async () => {
    const fetch = vi.fn(async () => answer(200, { user: { id: 3, name: '张三', role: 'writer' } }))
    vi.stubGlobal('fetch', fetch)
    expect(await probeTeamSession()).toEqual({
      kind: 'team',
      user: { id: 3, name: '张三', role: 'writer' },
    })
    expect(fetch).toHaveBeenCalledWith('/auth/me', expect.anything())
  })

  it('asks to sign in on 401, and is the one-person app on 404 or when the server is not there', async () => {
    vi.stubGlobal('fetch', async () => answer(401, { ok: false, code: 'team_login_required' }))
    expect(await probeTeamSession()).toEqual({ kind: 'login' })
    vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }))
    expect(await probeTeamSession()).toEqual({ kind: 'local' })
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await probeTeamSession()).toEqual({ kind: 'local' })
  })
})

describe('signIn and signOut', () => {
  it('posts the name and password and gives back the account', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      answer(200, { user: { id: 1, name: '李四', role: 'editor' } }),
    )
    vi.stubGlobal('fetch', fetch)
    expect(await signIn('李四', 'secret-pass')).toEqual({
      ok: true,
      user: { id: 1, name: '李四', role: 'editor' },
    })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/auth/login')
    expect(JSON.parse(init.body as string)).toEqual({ name: '李四', password: 'secret-pass' })
  })

  it("passes the server's Chinese message on a refusal", async () => {
    vi.stubGlobal('fetch', async () =>
      answer(429, {
        ok: false,
        code: 'team_login_throttled',
        message: '登录失败次数过多，请在 30 秒后再试。',
      }),
    )
    expect(await signIn('李四', 'wrong')).toEqual({
      ok: false,
      code: 'team_login_throttled',
      message: '登录失败次数过多，请在 30 秒后再试。',
    })
  })

  it('signing out tells the page even when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const ends: string[] = []
    const stop = onTeamSessionLost((end) => ends.push(end))
    await signOut()
    stop()
    expect(ends).toEqual(['signed-out'])
  })
})
