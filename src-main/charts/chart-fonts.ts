import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type * as Fontkit from 'fontkit'
import type { Font } from 'fontkit'

/** A CJK sans-serif face found on the machine: regular, and bold where there is one. */
export interface ChartFonts {
  regular: Font
  bold: Font
  files: string[]
}

interface FontCandidate {
  regular: string
  bold?: string
  /** Faces to take from a collection (.ttc), first found wins: the Simplified Chinese one. */
  faces: string[]
}

const windowsFonts = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')

/**
 * Where the CJK sans-serif faces the report's charts are set in are installed: Noto Sans CJK and
 * Source Han Sans on Linux (fonts-noto-cjk, UOS, Kylin), WenQuanYi on older desktops, Microsoft
 * YaHei and SimHei on Windows, PingFang and Heiti on macOS. `DAJUAN_CHART_FONT` names another.
 */
const candidates: FontCandidate[] = [
  {
    regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    faces: ['NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold'],
  },
  {
    regular: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    bold: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
    faces: ['NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold'],
  },
  {
    regular: '/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Regular.otf',
    bold: '/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Bold.otf',
    faces: [],
  },
  { regular: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', faces: ['WenQuanYiMicroHei'] },
  {
    regular: join(windowsFonts, 'msyh.ttc'),
    bold: join(windowsFonts, 'msyhbd.ttc'),
    faces: ['MicrosoftYaHei', 'MicrosoftYaHei-Bold'],
  },
  { regular: join(windowsFonts, 'simhei.ttf'), faces: [] },
  {
    regular: '/System/Library/Fonts/PingFang.ttc',
    faces: ['PingFangSC-Regular', 'PingFangSC-Semibold'],
  },
  { regular: '/System/Library/Fonts/STHeiti Medium.ttc', faces: [] },
]

function openFace(file: string, faces: string[]): Font | undefined {
  try {
    // Loaded with the first chart, like ECharts: not at the app's start.
    const { openSync } = require('fontkit') as typeof Fontkit
    const opened = openSync(file)
    if (opened.type !== 'TTC' && opened.type !== 'DFont') {
      return opened as Font
    }
    const collection = opened as unknown as { fonts: Font[] }
    return (
      collection.fonts.find((font) => faces.includes(font.postscriptName)) ?? collection.fonts[0]
    )
  } catch {
    return undefined
  }
}

function hasChinese(font: Font | undefined): font is Font {
  return (
    font !== undefined && font.hasGlyphForCodePoint(0x4e2d) && font.hasGlyphForCodePoint(0x5e74)
  )
}

function loadChartFonts(): ChartFonts | undefined {
  const override = process.env.DAJUAN_CHART_FONT
  const list: FontCandidate[] = override
    ? [{ regular: override, faces: [] }, ...candidates]
    : candidates
  for (const candidate of list) {
    if (!existsSync(candidate.regular)) {
      continue
    }
    const regular = openFace(candidate.regular, candidate.faces)
    if (!hasChinese(regular)) {
      continue
    }
    const boldFile = candidate.bold && existsSync(candidate.bold) ? candidate.bold : undefined
    const bold = boldFile ? openFace(boldFile, candidate.faces) : undefined
    return {
      regular,
      bold: hasChinese(bold) ? bold : regular,
      files: boldFile ? [candidate.regular, boldFile] : [candidate.regular],
    }
  }
  return undefined
}

let loaded: { fonts: ChartFonts | undefined } | undefined

/**
 * The machine's CJK faces, opened once per process; undefined when none is installed, and then
 * charts are measured by ECharts' own estimate and pictures use whatever fonts resvg finds.
 */
export function chartFonts(): ChartFonts | undefined {
  loaded ??= { fonts: loadChartFonts() }
  return loaded.fonts
}
