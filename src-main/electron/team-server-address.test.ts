import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { isTeamServerPage, teamServerFromArgs } from './team-server-address'

describe('the desktop window’s team server address', () => {
  it('is absent without the option', () => {
    expect(teamServerFromArgs(['/usr/bin/electron', '.'])).toBeUndefined()
  })

  it('takes the address after the option or after its equals sign, at the server root', () => {
    expect(
      teamServerFromArgs(['.', '--team-server', 'https://dajuan.example.cn/app?x=1'])?.href,
    ).toBe('https://dajuan.example.cn/')
    expect(teamServerFromArgs(['.', '--team-server=http://10.0.0.8:8420'])?.href).toBe(
      'http://10.0.0.8:8420/',
    )
  })

  it.each([
    ['no address', ['--team-server']],
    ['not a URL', ['--team-server', 'dajuan.example.cn']],
    ['another scheme', ['--team-server', 'file:///etc/passwd']],
    ['a JavaScript URL', ['--team-server', 'javascript:alert(1)']],
    ['credentials in the address', ['--team-server', 'https://admin:secret@dajuan.example.cn/']],
  ])('refuses %s with a message naming it', (_case, argv) => {
    let thrown: unknown
    try {
      teamServerFromArgs(argv)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    expect((thrown as AppError).code).toBe('team_server_address')
    expect((thrown as AppError).message).toContain('团队服务器地址无效')
  })

  it('keeps the window on the server’s own pages', () => {
    const server = new URL('https://dajuan.example.cn/')
    expect(isTeamServerPage('https://dajuan.example.cn/?view=report/3', server)).toBe(true)
    expect(isTeamServerPage('https://dajuan.example.cn:8443/', server)).toBe(false)
    expect(isTeamServerPage('http://dajuan.example.cn/', server)).toBe(false)
    expect(isTeamServerPage('https://dajuan.example.cn.evil.test/', server)).toBe(false)
    expect(isTeamServerPage('not a url', server)).toBe(false)
  })
})
