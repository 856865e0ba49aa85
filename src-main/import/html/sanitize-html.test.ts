import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../shared/document/document-json'
import { AppError } from '../../shared/errors/app-error'
import type { ReadBlock } from '../source-paragraph'
import { readHtmlBlocks } from './read-html-blocks'
import { sanitizeHtml } from './sanitize-html'

const requests: string[] = []
const server = createServer((request, response) => {
  requests.push(request.url ?? '')
  response.end('')
})
let origin = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const pwned = () => (globalThis as { __pwned?: unknown }).__pwned

/** Markup that would run code or fetch from the test server if anything executed or loaded it. */
function hostileFragments(url: string): string[] {
  return [
    `<script>globalThis.__pwned = 'script'</script>`,
    `<script src="${url}/script.js"></script>`,
    `<img src=x onerror="globalThis.__pwned = 'img'">`,
    `<img src="${url}/img.png" onerror="globalThis.__pwned = 'img2'" onload="globalThis.__pwned = 'img3'">`,
    `<a href="javascript:globalThis.__pwned = 'a'">链接</a>`,
    `<a href="data:text/html;base64,PHNjcmlwdD4=">数据链接</a>`,
    `<style>@import url(${url}/import.css); p { background: url(${url}/bg.png) }</style>`,
    `<link rel="stylesheet" href="${url}/link.css">`,
    `<svg onload="globalThis.__pwned = 'svg'"><script>globalThis.__pwned = 'svg2'</script></svg>`,
    `<svg><foreignObject><img src=x onerror="globalThis.__pwned = 'fo'"></foreignObject></svg>`,
    `<math><mi xlink:href="javascript:globalThis.__pwned = 'math'">数</mi></math>`,
    `<iframe src="${url}/frame" srcdoc="<script>globalThis.__pwned = 'srcdoc'</script>"></iframe>`,
    `<object data="${url}/object"></object><embed src="${url}/embed">`,
    `<form action="javascript:globalThis.__pwned = 'form'"><input autofocus onfocus="globalThis.__pwned = 'input'"><input type="image" src="${url}/input.png"></form>`,
    `<p style="background: url(${url}/p.png); font-family: url(${url}/font)" onclick="globalThis.__pwned = 'click'">正文</p>`,
    `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj48L3N2Zz4=">`,
    `<img src="data:text/html,<script>globalThis.__pwned = 'data'</script>">`,
    `<img data-src="javascript:globalThis.__pwned = 'data-src'"><img src="vbscript:msgbox(1)">`,
    `<noscript><img src=x onerror="globalThis.__pwned = 'noscript'"></noscript>`,
    `<details open ontoggle="globalThis.__pwned = 'toggle'">细节</details>`,
    `<video poster="${url}/poster.png"><source src="${url}/video.mp4"></video>`,
    `<body onload="globalThis.__pwned = 'body'" background="${url}/body.png">`,
    `<meta http-equiv="refresh" content="0;url=${url}/refresh">`,
    `<table background="${url}/table.png"><tr><td onmouseover="globalThis.__pwned = 'td'">格</td><td>子</td></tr><tr><td>一</td><td>二</td></tr></table>`,
    `<template><script>globalThis.__pwned = 'template'</script></template>`,
    `<textarea><img src=x onerror="globalThis.__pwned = 'textarea'"></textarea>`,
    `<a href="&#106;avascript:globalThis.__pwned = 'entity'">实体</a>`,
    `<img src="  java\tscript:globalThis.__pwned = 'tab'">`,
  ]
}

const safeFragments = [
  '<p>全区经济运行稳中向好，发展质量持续提升。</p>',
  '<strong>加粗的导语。</strong>',
  '普通文字',
  '<br>',
  '<section style="text-align:center; font-size: 15px">居中</section>',
  '<h2>小标题</h2>',
]

const wrappers: [string, string][] = [
  ['<p>', '</p>'],
  ['<section>', '</section>'],
  ['<div id="js_content">', '</div>'],
  ['<span style="font-weight:bold">', '</span>'],
  ['<figure>', '<figcaption>图为游园</figcaption></figure>'],
  ['<table><tr><td>', '</td><td>格</td></tr><tr><td>行</td><td>列</td></tr></table>'],
  ['<article>', '</article>'],
]

const hintKeys = ['headingLevel', 'bold', 'align', 'fontSizePt', 'fontFamily', 'leadLength']
const tableNodeTypes = ['table', 'tableRow', 'tableCell', 'tableHeader', 'paragraph', 'text']
const leaked =
  /pwned|script|javascript|vbscript|onerror|onload|onclick|onfocus|ontoggle|srcdoc|@import|url\(|data:|<|>/iu

function readOrEmpty(html: string): ReadBlock[] {
  try {
    return readHtmlBlocks(html)
  } catch (error) {
    if (error instanceof AppError && error.code === 'empty_import') {
      return []
    }
    throw error
  }
}

function expectOnlyTableNodes(node: DocumentNode) {
  expect(tableNodeTypes).toContain(node.type)
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    expect(['colspan', 'rowspan']).toContain(name)
    expect(typeof value).toBe('number')
  }
  node.content?.forEach(expectOnlyTableNodes)
}

function expectSafeBlock(block: ReadBlock) {
  if (block.kind === 'paragraph') {
    expect(block.text).not.toMatch(leaked)
    for (const [name, value] of Object.entries(block.hints ?? {})) {
      expect(hintKeys).toContain(name)
      expect(String(value)).not.toMatch(leaked)
    }
  } else if (block.kind === 'attachment') {
    expectOnlyTableNodes(block.node)
    expect(JSON.stringify(block.node)).not.toMatch(leaked)
  } else {
    expect(`${block.caption}${block.credit}`).not.toMatch(leaked)
    if (block.remoteUrl !== undefined) {
      expect(block.remoteUrl).toMatch(/^https?:\/\/[^\s<>"']+$/u)
      expect(block.remoteUrl).not.toMatch(/pwned|script/iu)
    }
  }
}

describe('sanitizeHtml', () => {
  it('removes scripts, styles, frames, forms, SVG, MathML, handlers and script URLs', () => {
    const body = sanitizeHtml(hostileFragments('https://evil.example').join('\n'))
    const forbidden = 'script, style, iframe, object, embed, form, input, link, meta, svg, math'
    expect(body.querySelectorAll(forbidden)).toHaveLength(0)
    for (const element of Array.from(body.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/iu)
        expect(attribute.value).not.toMatch(/^\s*(?:java|vb)script:|^\s*data:(?!image\/)/iu)
      }
    }
  })

  it('keeps inline styles and data-src for the reader to look at', () => {
    const body = sanitizeHtml(
      '<p style="font-weight:bold" align="center">字</p><img data-src="https://mmbiz.qpic.cn/a/640">',
    )
    expect(body.innerHTML).toBe(
      '<p style="font-weight:bold" align="center">字</p><img data-src="https://mmbiz.qpic.cn/a/640">',
    )
  })
})

describe('readHtmlBlocks on hostile pages', () => {
  it('never runs page code, loads a resource or lets markup into the blocks', async () => {
    const hostile = hostileFragments(origin)
    const leaf = fc.constantFrom(...hostile, ...safeFragments)
    const { fragment } = fc.letrec<{ fragment: string }>((tie) => ({
      fragment: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc
          .tuple(fc.constantFrom(...wrappers), fc.array(tie('fragment'), { maxLength: 4 }))
          .map(([[open, close], children]) => `${open}${children.join('')}${close}`),
      ),
    }))
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 8 }), (fragments) => {
        const head = fragments[0]
        const blocks = readOrEmpty(
          `<html><head>${head}</head><body>${fragments.join('\n')}</body></html>`,
        )
        blocks.forEach(expectSafeBlock)
        expect(pwned()).toBeUndefined()
      }),
      { numRuns: 150 },
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests).toEqual([])
    expect(pwned()).toBeUndefined()
  })

  it('reads every hostile fragment at once without running or loading anything', async () => {
    const blocks = readHtmlBlocks(
      `<html><body><p>全区经济运行稳中向好。</p>${hostileFragments(origin).join('\n')}</body></html>`,
    )
    blocks.forEach(expectSafeBlock)
    expect(blocks.filter((block) => block.kind === 'image')).toEqual([
      { kind: 'image', remoteUrl: `${origin}/img.png`, caption: '', credit: '' },
    ])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests).toEqual([])
    expect(pwned()).toBeUndefined()
  })

  it('runs none of the scripts in the saved WeChat article', () => {
    const html = readFileSync(new URL('./fixtures/wechat-article.html', import.meta.url), 'utf8')
    readHtmlBlocks(html).forEach(expectSafeBlock)
    expect(pwned()).toBeUndefined()
  })
})
