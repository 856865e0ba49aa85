import { renderChartPng } from '../../charts/render-chart-png'
import { htmlDocument } from '../html/html-document'
import type { HtmlExportInput } from '../html/render-report-article'
import { renderReportArticleWithSlots } from '../html/render-report-article'
import { wechatPhoto } from './wechat-photo'
import { WechatPictures } from './wechat-pictures'
import type { WechatProfile } from './wechat-profile'

/** One file of the package, named as it is written into the folder or the .zip. */
export interface WechatPackageFile {
  name: string
  bytes: Buffer
}

/**
 * A report as 公众号 editors work with it: article.html (inline styles only, which the editor
 * keeps, and each photo referenced as a file beside it, since the editor drops data: pictures)
 * and the photos 01.jpg, 02.jpg, … in reading order, each resized and stripped (wechatPhoto);
 * charts among them are PNG files (02.png) drawn as wide as the editor takes a picture.
 */
export async function exportWechatPackage(
  input: HtmlExportInput,
  profile: WechatProfile,
): Promise<WechatPackageFile[]> {
  const pictures = new WechatPictures()
  const html = htmlDocument(input.title, renderReportArticleWithSlots(input, pictures))
  const files: WechatPackageFile[] = [{ name: 'article.html', bytes: Buffer.from(html, 'utf8') }]
  // One at a time: a report's twenty camera photos decoded at once would hold gigabytes.
  for (const photo of pictures.photos) {
    const bytes =
      photo.kind === 'chart'
        ? renderChartPng(photo.svg, profile.photos.maxWidthPx)
        : await wechatPhoto(photo.bytes, profile.photos)
    files.push({ name: photo.fileName, bytes })
  }
  return files
}
