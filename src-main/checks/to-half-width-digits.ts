/** Full-width digits and points written half-width: "１２．５" → "12.5"; other characters stay. */
export function toHalfWidthDigits(written: string): string {
  return written.replace(/[０-９．]/g, (char) =>
    char === '．' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}
