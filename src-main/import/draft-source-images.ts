import { sniffImageType } from '../assets/image-type'
import type { ImageDraft } from './import-draft'
import type { ReadBlock, SourceBlock } from './source-paragraph'

/**
 * Puts the pictures a file reader found in the text as report images, each pointing at its
 * entry in `images` (`imageDraft`) until the import's one write stores them as assets. A remote
 * picture is not fetched: it stays as a visible line with its address. Bytes that are no
 * supported image become such a line too, so nothing disappears silently.
 */
export function draftSourceImages(readBlocks: ReadBlock[]): {
  blocks: SourceBlock[]
  images: ImageDraft[]
} {
  const images: ImageDraft[] = []
  const blocks = readBlocks.map((block): SourceBlock => {
    if (block.kind !== 'image') {
      return block
    }
    const mimeType = block.bytes ? sniffImageType(block.bytes) : undefined
    if (block.bytes && mimeType) {
      images.push({ mimeType, bytes: block.bytes, caption: block.caption, credit: block.credit })
      return {
        kind: 'attachment',
        node: {
          type: 'reportImage',
          attrs: { imageDraft: images.length - 1, caption: block.caption, credit: block.credit },
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
  return { blocks, images }
}
