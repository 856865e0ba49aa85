import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tinyPng } from '../../test-support/tiny-png'
import type { Workspace } from '../../workspace/workspace'
import { openWorkspace } from '../../workspace/workspace'
import { importFile } from '../import-file'
import type { ReadBlock } from '../source-paragraph'
import { downloadRemoteImages } from './download-remote-images'

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
