import shipped from '../../../resources/export-profiles/wechat.json'

/**
 * How the WeChat (公众号) package is made, from resources/export-profiles/wechat.json: photos no
 * wider than `maxWidthPx` and no larger than `maxBytes` (公众号's limits for an uploaded picture),
 * re-encoded as JPEG at the first of `jpegQualities` that fits, transparency on `background`;
 * `photoMarker` ("【图{n}】") stands where photo n goes in the copied text.
 */
export interface WechatProfile {
  name: string
  label: string
  photos: {
    maxWidthPx: number
    maxBytes: number
    jpegQualities: number[]
    background: string
  }
  photoMarker: string
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}

/** The shipped WeChat profile, checked; a broken file is refused with a Chinese message. */
export function readWechatProfile(value: unknown = shipped): WechatProfile {
  const profile = value as Partial<WechatProfile>
  const photos = profile.photos
  const problems = [
    isPositive(photos?.maxWidthPx) ? '' : 'photos.maxWidthPx（最大宽度，像素）应为正数',
    isPositive(photos?.maxBytes) ? '' : 'photos.maxBytes（最大字节数）应为正数',
    Array.isArray(photos?.jpegQualities) &&
    photos.jpegQualities.length > 0 &&
    photos.jpegQualities.every((quality) => isPositive(quality) && quality <= 100)
      ? ''
      : 'photos.jpegQualities（JPEG 质量）应为 1–100 的数字列表',
    typeof photos?.background === 'string' && /^#[0-9a-f]{6}$/i.test(photos.background)
      ? ''
      : 'photos.background（底色）应为 #rrggbb',
    typeof profile.photoMarker === 'string' && profile.photoMarker.includes('{n}')
      ? ''
      : 'photoMarker（图片标记）应含 {n}',
  ].filter((problem) => problem !== '')
  if (problems.length > 0) {
    throw new Error(`导出配置“wechat”格式错误：\n${problems.map((item) => `· ${item}`).join('\n')}`)
  }
  return profile as WechatProfile
}
