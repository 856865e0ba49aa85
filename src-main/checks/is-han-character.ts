/**
 * Whether `char` is a Chinese character: CJK unified ideographs, extension A, compatibility
 * ideographs and 〇. Characters outside the Basic Multilingual Plane are not recognised.
 */
export function isHanCharacter(char: string | undefined): boolean {
  if (char === undefined || char === '') {
    return false
  }
  const code = char.charCodeAt(0)
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  )
}
