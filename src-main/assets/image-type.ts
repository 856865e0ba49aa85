/** Image formats the workspace stores; SVG is excluded because it can carry script. */
export const imageMimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const

export type ImageMimeType = (typeof imageMimeTypes)[number]

/** The image format the bytes really are (from their signature), or undefined. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return 'image/png'
  }
  if (starts(0xff, 0xd8, 0xff)) {
    return 'image/jpeg'
  }
  if (starts(0x47, 0x49, 0x46, 0x38)) {
    return 'image/gif'
  }
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return 'image/webp'
  }
  return undefined
}
