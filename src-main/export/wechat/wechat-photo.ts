import sharp from 'sharp'
import type { WechatProfile } from './wechat-profile'

/**
 * A photo made ready for 公众号: turned upright by its EXIF orientation, no wider than the
 * profile's width (never enlarged), flattened onto the background where transparent, and
 * written as a JPEG at the first quality that fits the size limit. sharp writes no metadata
 * unless asked, so EXIF (camera, GPS, author) is gone. Throws when even the lowest quality is
 * too large, which a 1080 px photo never is.
 */
export async function wechatPhoto(
  bytes: Uint8Array,
  limits: WechatProfile['photos'],
): Promise<Buffer> {
  const upright = sharp(bytes)
    .rotate()
    .resize({ width: limits.maxWidthPx, withoutEnlargement: true })
    .flatten({ background: limits.background })
  for (const quality of limits.jpegQualities) {
    const jpeg = await upright.clone().jpeg({ quality, mozjpeg: true }).toBuffer()
    if (jpeg.length <= limits.maxBytes) {
      return jpeg
    }
  }
  throw new Error(`照片压缩到最低质量后仍超过 ${Math.round(limits.maxBytes / 1048576)} MB`)
}
