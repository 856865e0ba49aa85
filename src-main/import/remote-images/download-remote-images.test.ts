import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { tinyPng } from '../../test-support/tiny-png'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { importFile } from '../import-file'
import type { ReadBlock } from '../source-paragraph'
import type { ImageDownloader } from './download-remote-images'
import { downloadRemoteImages } from './download-remote-images'
import { remoteImageLimits } from './remote-image-limits'
import { requestPinned } from './request-pinned'

const page = Buffer.from(
  '<html><body><h1>测试区交出高质量发展答卷</h1><p>这一年，全区干部群众砥砺奋进，交出了一份亮眼的答卷。</p>' +
    '<h2>一、产业转型提速</h2><p><strong>传统产业焕发生机。</strong>全区原煤产量3598万吨。</p>' +
    '<figure><img src="https://mmbiz.qpic.cn/ok.png"><figcaption>新建成的游园（记者 王强 摄）</figcaption></figure>' +
    '<p><img src="https://mmbiz.qpic.cn/missing.png"></p>' +
    '<h2>二、民生持续改善</h2><p><strong>就业更加充分。</strong>全年城镇新增就业5580人。</p></body></html>',
)

let workspace: Workspace
beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('downloadRemoteImages', () => {
  it('fills in the pictures that download and leaves the others remote', async () => {
    const blocks: ReadBlock[] = [
      { kind: 'image', remoteUrl: 'https://a.example/1.png', caption: '一', credit: '' },
      { kind: 'paragraph', text: '正文' },
      { kind: 'image', remoteUrl: 'https://a.example/2.png', caption: '二', credit: '' },
    ]
    const asked: string[] = []
    const result = await downloadRemoteImages(blocks, async (address) => {
      asked.push(address)
      return address.endsWith('1.png') ? tinyPng : undefined
    })
    expect(asked.sort()).toEqual(['https://a.example/1.png', 'https://a.example/2.png'])
    expect(result[0]).toEqual({
      kind: 'image',
      bytes: tinyPng,
      remoteUrl: undefined,
      caption: '一',
      credit: '',
    })
    expect(result[2]).toEqual(blocks[2])
  })

  it('downloads in an import only when asked', async () => {
    const asked: string[] = []
    const download = async (address: string) => {
      asked.push(address)
      return address.endsWith('ok.png') ? new Uint8Array(tinyPng) : undefined
    }
    const plain = await importFile(
      workspace,
      { fileName: 'page.html', bytes: page, year: 2025 },
      download,
    )
    expect(asked).toEqual([])
    expect(
      workspace.db.prepare('SELECT COUNT(*) AS n FROM assets WHERE report_id = ?').get(plain),
    ).toEqual({ n: 0 })

    const fetched = await importFile(
      workspace,
      { fileName: 'page.html', bytes: page, year: 2025, fetchRemoteImages: true },
      download,
    )
    expect(asked.sort()).toEqual([
      'https://mmbiz.qpic.cn/missing.png',
      'https://mmbiz.qpic.cn/ok.png',
    ])
    expect(
      workspace.db.prepare('SELECT caption, credit FROM assets WHERE report_id = ?').all(fetched),
    ).toEqual([{ caption: '新建成的游园', credit: '记者 王强 摄' }])
    const docs = JSON.stringify(
      workspace.sections.listByReport(fetched).map((section) => section.doc),
    )
    expect(docs).toContain('〔图片未导入：https://mmbiz.qpic.cn/missing.png〕')
  })
})

describe('downloadRemoteImages, capped for the whole import', () => {
  const requested: string[] = []
  let port = 0
  const picture = Buffer.concat([tinyPng, Buffer.alloc(1000)])
  // Pictures at /slow/… answer after 150 ms.
  const server = createServer((request, response) => {
    requested.push(request.url ?? '')
    const delay = request.url?.startsWith('/slow/') ? 150 : 0
    setTimeout(() => response.end(picture), delay)
  })
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => server.close())

  // The real HTTP download, pinned to the local test server in place of a public host.
  const download: ImageDownloader = (address, budget) =>
    requestPinned(new URL(address), { address: '127.0.0.1', family: 4 }, budget)
  const pictures = (count: number, folder = 'p') =>
    Array.from({ length: count }, (_, index): ReadBlock => ({
      kind: 'image',
      remoteUrl: `http://images.invalid:${port}/${folder}/${index}.png`,
      caption: `图${index}`,
      credit: '',
    }))
  const fetched = (blocks: ReadBlock[]) =>
    blocks.filter((block) => block.kind === 'image' && block.bytes).length

  beforeEach(() => {
    requested.length = 0
  })

  it('fetches at most the count, in reading order, and leaves the rest as addresses', async () => {
    const limits = { ...remoteImageLimits, count: 3, parallel: 2 }
    const result = await downloadRemoteImages(pictures(5), download, limits)
    expect(fetched(result)).toBe(3)
    expect(requested.sort()).toEqual(['/p/0.png', '/p/1.png', '/p/2.png'])
    expect(result.slice(3)).toEqual(pictures(5).slice(3))
  })

  it('stops when the import has downloaded its total bytes', async () => {
    const limits = { ...remoteImageLimits, totalBytes: picture.length * 2 + 10, parallel: 1 }
    const result = await downloadRemoteImages(pictures(5), download, limits)
    expect(fetched(result)).toBe(2)
    expect(result.slice(2)).toEqual(pictures(5).slice(2))
  })

  it('stops when the import has used its total time', async () => {
    const limits = { ...remoteImageLimits, totalMs: 250, parallel: 1 }
    const result = await downloadRemoteImages(pictures(6, 'slow'), download, limits)
    expect(fetched(result)).toBeGreaterThanOrEqual(1)
    expect(fetched(result)).toBeLessThan(6)
  })
})
