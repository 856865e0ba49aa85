/** An Arabic number as written: ASCII or full-width digits, "," groups, one decimal point. */
export interface ArabicNumber {
  end: number
  /** ASCII digits without separators, e.g. "1200" for "1,200" and "12.5" for "１２．５". */
  digits: string
  grouping: boolean
  decimals: number
  fullWidth: boolean
  /** Full-width and ASCII characters mixed ("１２.5"): such a number cannot be written back. */
  mixedWidth: boolean
}

/** 0–9 for ASCII or full-width digits, -1 otherwise. */
export function digitValueAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0x30 && code <= 0x39) {
    return code - 0x30
  }
  if (code >= 0xff10 && code <= 0xff19) {
    return code - 0xff10
  }
  return -1
}

function isFullWidthAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 0xff0e || (code >= 0xff10 && code <= 0xff19)
}

function digitsEnd(text: string, start: number): number {
  let end = start
  while (digitValueAt(text, end) >= 0) {
    end++
  }
  return end
}

/**
 * Reads the number starting at `start` (a digit). A "," only groups when exactly three digits
 * follow it and the first group has at most three ("1,200", not "12,5").
 */
export function readArabicNumber(text: string, start: number): ArabicNumber {
  let end = digitsEnd(text, start)
  let grouping = false
  if (end - start <= 3) {
    while (text[end] === ',' && digitsEnd(text, end + 1) === end + 4) {
      grouping = true
      end += 4
    }
  }
  let decimals = 0
  const point = text[end]
  if ((point === '.' || point === '．') && digitValueAt(text, end + 1) >= 0) {
    const fractionEnd = digitsEnd(text, end + 1)
    decimals = fractionEnd - end - 1
    end = fractionEnd
  }
  let digits = ''
  let fullWidthCount = 0
  let characterCount = 0
  for (let index = start; index < end; index++) {
    const char = text[index]
    if (char === ',') {
      continue
    }
    characterCount++
    if (isFullWidthAt(text, index)) {
      fullWidthCount++
    }
    const digit = digitValueAt(text, index)
    digits += digit >= 0 ? String(digit) : '.'
  }
  const fullWidth = fullWidthCount > 0
  return {
    end,
    digits,
    grouping,
    decimals,
    fullWidth,
    mixedWidth: fullWidth && fullWidthCount < characterCount,
  }
}
