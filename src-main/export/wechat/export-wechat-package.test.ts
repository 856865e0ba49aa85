import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import JSZip from 'jszip'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../shared/document/document-json'
import { AppError } from '../../shared/errors/app-error'
import type { TestPhoto } from '../../test-support/test-photos'
import { testPhotos } from '../../test-support/test-photos'
import type { HtmlExportInput } from '../html/render-report-article'
import { exportWechatPackage } from './export-wechat-package'
import { wechatClipboard } from './wechat-clipboard'
import { readWechatProfile } from './wechat-profile'
import { writeWechatPackage } from './write-wechat-package'

const profile = readWechatProfile()
const text = (value: string): DocumentNode => ({ type: 'text', text: value })
const paragraph = (...content: DocumentNode[]): DocumentNode => ({ type: 'paragraph', content })
const photo = (assetId: number, caption: string, credit = ''): DocumentNode => ({
  type: 'reportImage',
  attrs: { assetId, caption, credit },
})

let photos: Awaited<ReturnType<typeof testPhotos>>
let huge: TestPhoto

beforeAll(async () => {
  photos = await testPhotos()
  // A noisy 4000 × 3000 photo: over 2 MB as a high-quality JPEG, and over 1080 px wide.
  const noise = Buffer.alloc(4000 * 3000 * 3)
  for (let index = 0; index < noise.length; index += 1) {
    noise[index] = (index * 2654435761) >>> 24
  }
  const bytes = await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 100 })
    .toBuffer()
  huge = { name: 'huge', bytes, mimeType: 'image/jpeg', widthPx: 4000, heightPx: 3000 }
})

function input(): HtmlExportInput {
  const byId: Record<number, TestPhoto> = {
    1: photos.turned,
    2: photos.portrait,
    3: huge,
    4: photos.wide,
  }
  return {
    title: '太行深处焕新颜 实干笃行向未来',
    sections: [
      {
        kind: 'title',
        doc: {
          type: 'doc',
          content: [
            {
              type: 'heading',
              attrs: { level: 1 },
              content: [text('太行深处焕新颜 实干笃行向未来')],
            },
          ],
        },
      },
      {
        kind: 'lead',
        doc: {
          type: 'doc',
          content: [
            paragraph(
              text('冬日的太行山脉。全年原煤产量'),
              { type: 'metric', attrs: { seriesId: 1 } },
              text('。'),
            ),
            photo(1, '转向的照片', '记者 张国平 摄'),
            paragraph(text('PM_{2.5}浓度同比下降。')),
            photo(2, '竖幅'),
            photo(3, '大图', '李明'),
            photo(4, '宽幅'),
          ],
        },
      },
    ],
    renderFigure: () => ({ text: '3598万吨', pending: false }),
    loadImage: (assetId) => byId[assetId],
    renderChart: () => ({ problem: '此测试没有图表' }),
  }
}

describe('the 公众号 package', () => {
  it('writes article.html with inline styles and the photos as numbered files in reading order', async () => {
    const files = await exportWechatPackage(input(), profile)
    expect(files.map((file) => file.name)).toEqual([
      'article.html',
      '01.jpg',
      '02.jpg',
      '03.jpg',
      '04.jpg',
    ])
    const html = files[0].bytes.toString('utf8')
    expect(html).not.toMatch(/data:|<style|<script|\sclass=/i)
    const document = new JSDOM(html).window.document
    const images = Array.from(document.querySelectorAll('img'))
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      '01.jpg',
      '02.jpg',
      '03.jpg',
      '04.jpg',
    ])
    expect(images.map((img) => img.getAttribute('alt'))).toEqual([
      '转向的照片',
      '竖幅',
      '大图',
      '宽幅',
    ])
    expect(
      Array.from(document.body.querySelectorAll('*')).every((element) =>
        element.hasAttribute('style'),
      ),
    ).toBe(true)
    expect(document.querySelector('sub')?.textContent).toBe('2.5')
    expect(document.querySelector('figcaption')?.textContent).toBe('转向的照片（记者 张国平 摄）')
  })

  it('resizes each photo to at most 1080 px wide and 2 MB, upright, with no EXIF left', async () => {
    const files = await exportWechatPackage(input(), profile)
    const expected = [
      [1080, 1440], // 1600 × 1200 stored, EXIF orientation 6: upright 1200 × 1600, scaled
      [900, 1200], // narrower than 1080: not enlarged
      [1080, 810],
      [1080, 608],
    ]
    expect(huge.bytes.length).toBeGreaterThan(profile.photos.maxBytes)
    for (const [index, file] of files.slice(1).entries()) {
      expect(file.bytes.length, file.name).toBeLessThanOrEqual(profile.photos.maxBytes)
      const meta = await sharp(file.bytes).metadata()
      expect([meta.format, meta.width, meta.height], file.name).toEqual([
        'jpeg',
        ...expected[index],
      ])
      expect(meta.exif, file.name).toBeUndefined()
      expect(meta.orientation, file.name).toBeUndefined()
      expect(file.bytes.includes(Buffer.from('DajuanTestCamera')), file.name).toBe(false)
    }
    // The dark half of the turned photo was its left; turned a quarter clockwise, it is the top.
    const { data, info } = await sharp(files[1].bytes)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const at = (x: number, y: number) => data[y * info.width + x]
    expect(at(540, 200)).toBeLessThan(100)
    expect(at(540, 1240)).toBeGreaterThan(150)
  }, 60_000)

  it('writes a folder or a .zip, and refuses a folder holding other files', async () => {
    const files = await exportWechatPackage(input(), profile)
    const folder = mkdtempSync(join(tmpdir(), 'dajuan-wechat-'))
    const out = join(folder, 'package')
    await writeWechatPackage(files, out)
    expect(readdirSync(out).sort()).toEqual([
      '01.jpg',
      '02.jpg',
      '03.jpg',
      '04.jpg',
      'article.html',
    ])
    // Written again with fewer photos, the old 04.jpg goes.
    await writeWechatPackage(files.slice(0, 3), out)
    expect(readdirSync(out).sort()).toEqual(['01.jpg', '02.jpg', 'article.html'])
    const zipFile = join(folder, 'package.zip')
    await writeWechatPackage(files, zipFile)
    const zip = await JSZip.loadAsync(readFileSync(zipFile))
    expect(Object.keys(zip.files).sort()).toEqual([
      '01.jpg',
      '02.jpg',
      '03.jpg',
      '04.jpg',
      'article.html',
    ])
    const other = join(folder, 'mine')
    mkdirSync(other)
    writeFileSync(join(other, '年终总结.docx'), 'keep me')
    await expect(writeWechatPackage(files, other)).rejects.toBeInstanceOf(AppError)
    expect(readdirSync(other)).toEqual(['年终总结.docx'])
  }, 60_000)
})

describe('复制到公众号', () => {
  it('puts 【图n】 where each photo goes, in the text and in the article', () => {
    const { html, text } = wechatClipboard(input(), profile)
    expect(text.split('\n')).toEqual([
      '太行深处焕新颜 实干笃行向未来',
      '冬日的太行山脉。全年原煤产量3598万吨。',
      '【图1】',
      '转向的照片（记者 张国平 摄）',
      'PM2.5浓度同比下降。',
      '【图2】',
      '竖幅',
      '【图3】',
      '大图（摄影：李明）',
      '【图4】',
      '宽幅',
    ])
    const document = new JSDOM(html).window.document
    expect(document.querySelector('img')).toBeNull()
    expect(
      Array.from(document.querySelectorAll('figure > p'), (marker) => marker.textContent),
    ).toEqual(['【图1】', '【图2】', '【图3】', '【图4】'])
  })
})
