import { describe, expect, it } from 'vitest'
import { docxMarkFormats } from './docx-mark-formats'

const linkTo = (href: unknown) => docxMarkFormats.link({}, { type: 'link', attrs: { href } })

describe('docxMarkFormats.link', () => {
  it('keeps http, https and mailto targets', () => {
    const site = 'https://www.shangdang.gov.cn/a?b=1'
    expect(linkTo(site)).toEqual({ link: site })
    expect(linkTo('mailto:news@example.cn')).toEqual({ link: 'mailto:news@example.cn' })
  })

  it.each([
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    'file:///etc/passwd',
    'file://attacker.example/share/x.docx',
    '\\\\attacker.example\\share\\x.docx',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '../../secret.docx',
    '',
    42,
    null,
  ])('leaves the text of a link to %j as plain text', (href) => {
    expect(linkTo(href)).toEqual({})
  })
})
