import { sniffImageType } from '../assets/image-type'
import type { Workspace } from '../workspace/workspace'
import type { ReadBlock, SourceBlock } from './source-paragraph'

/**
 * Stores the pictures a file reader found as assets of the report and puts each in the text as
 * a report image. A remote picture is not fetched: it stays as a visible line with its address.
 * Bytes that are no supported image become such a line too, so nothing disappears silently.
 */
export function resolveSourceImages(
  workspace: Workspace,
  reportId: number,
  blocks: ReadBlock[],
): SourceBlock[] {
  return blocks.map((block): SourceBlock => {
    if (block.kind !== 'image') {
      return block
    }
    const mimeType = block.bytes ? sniffImageType(block.bytes) : undefined
    if (block.bytes && mimeType) {
      const assetId = workspace.assets.insert({
        reportId,
        mimeType,
        bytes: Buffer.from(block.bytes),
        caption: block.caption,
        credit: block.credit,
      })
      return {
        kind: 'attachment',
        node: {
          type: 'reportImage',
          attrs: { assetId, caption: block.caption, credit: block.credit },
        },
      }
    }
    const where = block.remoteUrl ?? ''
    const text = [
      `〔图片未导入${where ? `：${where}` : ''}〕`,
      block.caption,
      block.credit && `（${block.credit}）`,
    ]
      .filter(Boolean)
      .join(' ')
    return { kind: 'attachment', node: { type: 'paragraph', content: [{ type: 'text', text }] } }
  })
}
