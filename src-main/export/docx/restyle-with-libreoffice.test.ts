import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readShippedProfile } from '../export-report-docx'
import { exportDocx } from './export-docx'
import { sampleExportInput } from './sample-export-input.fixture'

const pathFolders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '')
const missingTools = ['soffice', 'pdftotext', 'pdffonts', 'pdftoppm'].filter(
  (tool) => !pathFolders.some((folder) => existsSync(join(folder, tool))),
)
const pythonDocx = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import docx'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()
const skipReason =
  missingTools.length > 0 || !pythonDocx
    ? `Restyle render test skipped: ${[...missingTools, ...(pythonDocx ? [] : ['python3-docx'])].join(', ')} missing ` +
      '(apt-get install libreoffice-writer-nogui poppler-utils python3-docx fonts-noto-cjk)'
    : undefined
if (skipReason) {
  console.warn(skipReason)
}

/**
 * The layout desk's change, as python-docx makes it: 正文 (Normal) to 18 pt and other fonts.
 * LibreOffice here draws every Chinese font with Noto Sans CJK, so the Latin font (figures such
 * as 2025, 102.3) is the one whose change shows in the PDF.
 */
const restyleNormal = [
  'import docx, sys',
  'from docx.shared import Pt',
  'from docx.oxml.ns import qn',
  'd = docx.Document(sys.argv[1])',
  'normal = d.styles["Normal"]',
  'normal.font.size = Pt(18)',
  'normal.font.name = "DejaVu Sans Mono"',
  'normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans Mono CJK SC")',
  'd.save(sys.argv[2])',
].join('\n')

interface PdfLine {
  page: number
  xMin: number
  yMin: number
  yMax: number
  text: string
}

function pdfLines(pdf: string): PdfLine[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' })
  return xhtml
    .split('<page ')
    .slice(1)
    .flatMap((pageXml, page) =>
      Array.from(
        pageXml.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<\/line>/gs,
        ),
        (match) => ({
          page: page + 1,
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          yMax: Number(match[3]),
          text: Array.from(
            match[4].matchAll(/<word[^>]*>([^<]*)<\/word>/g),
            (word) => word[1],
          ).join(''),
        }),
      ),
    )
}

function lineStarting(lines: PdfLine[], text: string): PdfLine {
  const line = lines.find((candidate) => candidate.text.startsWith(text))
  if (!line) {
    throw new Error(`no line starts with ${text}`)
  }
  return line
}

describe('the Word export restyled and measured in LibreOffice', () => {
  const folder = join(tmpdir(), `dajuan-restyle-${randomUUID()}`)
  const loProfile = join(tmpdir(), `lo-profile-${randomUUID()}`)
  const pdf = (name: string) => join(folder, `${name}.pdf`)

  beforeAll(async () => {
    if (skipReason) {
      return
    }
    mkdirSync(folder)
    const newspaper = join(folder, 'newspaper.docx')
    const gongwen = join(folder, 'gongwen.docx')
    writeFileSync(newspaper, await exportDocx(sampleExportInput(readShippedProfile('newspaper'))))
    writeFileSync(gongwen, await exportDocx(sampleExportInput(readShippedProfile('gongwen'))))
    const restyled = join(folder, 'restyled.docx')
    execFileSync('/usr/bin/python3', ['-c', restyleNormal, newspaper, restyled])
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${loProfile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        newspaper,
        gongwen,
        restyled,
      ],
      { timeout: 90_000, stdio: 'pipe' },
    )
  }, 120_000)

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    rmSync(loProfile, { recursive: true, force: true })
  })

  it.skipIf(skipReason)(
    'follows a change of 正文’s font and size in the body, not in headings (4)',
    () => {
      const fonts = (name: string) => execFileSync('pdffonts', [pdf(name)], { encoding: 'utf8' })
      expect(fonts('newspaper')).not.toMatch(/DejaVuSansMono/)
      expect(fonts('restyled')).toMatch(/DejaVuSansMono/)
      const before = pdfLines(pdf('newspaper'))
      const after = pdfLines(pdf('restyled'))
      const height = (lines: PdfLine[], text: string) => {
        const line = lineStarting(lines, text)
        return line.yMax - line.yMin
      }
      // Body (Normal) and closing (based on Normal, nothing of its own) grow from 12 to 18 pt.
      for (const text of ['作为山西资源型', '征途漫漫']) {
        expect(height(after, text) / height(before, text), text).toBeCloseTo(18 / 12, 1)
      }
      // The heading and the title keep their own sizes.
      for (const text of ['从“煤字号”', '太行深处焕新颜']) {
        expect(height(after, text) / height(before, text), text).toBeCloseTo(1, 1)
      }
    },
  )

  it.skipIf(skipReason)(
    'sets the 公文 page number’s 一字线 7 mm below the text block (6)',
    async () => {
      const gongwen = readShippedProfile('gongwen')
      const blockBottomPt = ((gongwen.page.heightMm - gongwen.page.marginMm.bottom) / 25.4) * 72
      const lines = pdfLines(pdf('gongwen'))
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '288',
        '-f',
        '1',
        '-l',
        '2',
        pdf('gongwen'),
        join(folder, 'page'),
      ])
      for (const page of [1, 2]) {
        const number = lines.find((line) => line.page === page && line.text === `—${page}—`)
        expect(number, `page ${page} number`).toBeDefined()
        const image = await sharp(join(folder, `page-${page}.png`))
          .greyscale()
          .raw()
          .toBuffer({ resolveWithObject: true })
        const scale = 288 / 72
        const dashColumns = [number!.xMin + 1, number!.xMin + 10].map((x) => Math.round(x * scale))
        const darkRow = (row: number) => {
          for (let column = dashColumns[0]; column < dashColumns[1]; column += 1) {
            if (image.data[row * image.info.width + column] < 128) {
              return true
            }
          }
          return false
        }
        let row = Math.round(blockBottomPt * scale)
        while (row < image.info.height && !darkRow(row)) {
          row += 1
        }
        const dashBelowMm = ((row / scale - blockBottomPt) / 72) * 25.4
        expect(dashBelowMm, `page ${page}`).toBeGreaterThan(6.5)
        expect(dashBelowMm, `page ${page}`).toBeLessThan(7.5)
      }
    },
  )

  it.skipIf(skipReason)(
    'sets the 公文 subtitle right under the title and the lead a blank line lower (7)',
    () => {
      const lines = pdfLines(pdf('gongwen'))
      const title = lineStarting(lines, '太行深处焕新颜')
      const subtitle = lineStarting(lines, '——上党区交出')
      const lead = lineStarting(lines, '冬日的太行山脉')
      const linePt = 28.95
      // One exact line apart: no blank line inside the title block…
      expect(subtitle.yMin - title.yMin).toBeLessThan(linePt + 8)
      // …and one blank line between it and the body.
      expect(lead.yMin - subtitle.yMin).toBeGreaterThan(2 * linePt - 3)
      expect(lead.yMin - subtitle.yMin).toBeLessThan(2 * linePt + 3)
    },
  )
})
