import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './content-security-policy'

const rendererPage = readFileSync(join(__dirname, '..', '..', 'src-renderer', 'index.html'), 'utf8')

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  )
}

function metaPolicy(): string {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(rendererPage)?.[1]
  expect(content).toBeDefined()
  return content!
}

describe('the renderer Content-Security-Policy', () => {
  it('is the same in the meta tag as in the header, but for header-only frame-ancestors', () => {
    const { 'frame-ancestors': frameAncestors, ...headerRest } = directives(contentSecurityPolicy)
    expect(frameAncestors).toEqual(["'none'"])
    expect(directives(metaPolicy())).toEqual(headerRest)
  })

  it('runs only the app’s own scripts and lets nothing load from or send to another origin', () => {
    const policy = directives(contentSecurityPolicy)
    expect(policy['script-src']).toEqual(["'self'"])
    expect(policy['default-src']).toEqual(["'self'"])
    for (const name of ['object-src', 'base-uri', 'form-action']) {
      expect(policy[name], name).toEqual(["'none'"])
    }
    const sources = Object.values(policy).flat()
    const local = ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']
    expect(sources.filter((source) => !local.includes(source))).toEqual([])
    const inlineAllowed = Object.entries(policy).filter(([, list]) =>
      list.includes("'unsafe-inline'"),
    )
    expect(inlineAllowed.map(([name]) => name)).toEqual(['style-src'])
  })
})
