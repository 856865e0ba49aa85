import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../shared/document/document-json'
import { documentPlainText } from '../../shared/document/plain-text'
import { exportDocx } from './export-docx'
import { docxStyleIdentity } from './docx-style-identities'
import { paragraphRoles, validateExportProfile } from './export-profile'
import { gridCharSpace } from './grid-char-space'
import { gridFitSpacing } from './grid-fit-spacing'
import type { ExportSection } from './numbered-outline'
import { numberOutline } from './numbered-outline'
import { readExportProfile } from './read-export-profile'
import { photoCaptionText } from '../photo-caption-text'
import {
  sampleExportInput,
  sampleFigures as figures,
  sampleSections,
  sampleSections as sections,
  tinyPng,
} from './sample-export-input.fixture'

const profilesFolder = join(__dirname, '../../../resources/export-profiles')

/** Texts of the body's paragraphs as python-docx reads them (0.8 skips hyperlinks' runs, so read w:t). */
const pythonReader = [
  'import docx, sys',
  'd = docx.Document(sys.argv[1])',
  'texts = ["".join("\\n" if n.tag.endswith("}br") else (n.text or "") for n in p._p.xpath(".//w:t|.//w:br")) for p in d.paragraphs]',
  'print("\\n".join(texts))',
].join('\n')

async function exported(profileName: string) {
  const profile = readExportProfile(join(profilesFolder, `${profileName}.json`))
  const buffer = await exportDocx(sampleExportInput(profile))
  const zip = await JSZip.loadAsync(buffer)
  const part = async (name: string) => {
    const file = zip.file(name)
    if (!file) {
      throw new Error(`missing part ${name}`)
    }
    return file.async('string')
  }
  const folder = mkdtempSync(join(tmpdir(), 'dajuan-docx-'))
  const file = join(folder, `${profileName}.docx`)
  writeFileSync(file, buffer)
  return {
    profile,
    zip,
    part,
    file,
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
  }
}

const profileNames = ['newspaper', 'gongwen'] as const

function styleXml(styles: string, styleId: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>.*?</w:style>`).exec(styles)
  if (!match) {
    throw new Error(`no style ${styleId}`)
  }
  return match[0]
}

/** The paragraphs python-docx should find: the report's plain text, tables aside, photos as caption lines. */
function expectedParagraphs(reportSections: ExportSection[]): string[] {
  const forWord = (node: DocumentNode): DocumentNode[] => {
    if (node.type === 'table') {
      return []
    }
    if (node.type === 'reportImage') {
      const caption = photoCaptionText(String(node.attrs?.caption), String(node.attrs?.credit))
      return [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: caption }] },
      ]
    }
    return [{ ...node, content: node.content?.flatMap(forWord) }]
  }
  const lines = reportSections.flatMap((section) =>
    forWord(section.doc).map((doc) =>
      documentPlainText(doc, (attributes) => figures[attributes.seriesId].text),
    ),
  )
  return lines.join('\n').split('\n')
}

function readWithPythonDocx(file: string): string[] {
  return execFileSync('/usr/bin/python3', ['-c', pythonReader, file], { encoding: 'utf8' })
    .replace(/\n$/, '')
    .split('\n')
}

/** Runs carry no fonts or sizes of their own: the styles do, so restyling 正文 is followed. */
function expectRunsToLeaveFontsToStyles(document: string) {
  const runs = document.match(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g) ?? []
  expect(runs.length).toBeGreaterThan(20)
  for (const run of runs) {
    expect(run).not.toMatch(/<w:sz /)
    expect(run).not.toMatch(/w:eastAsia=|w:ascii=/)
  }
}

/** Every run holding “ ” ‘ ’ — … or · has the East Asian hint; no other run needs one. */
function expectPunctuationHinted(document: string) {
  const runs = document.match(/<w:r>(?:(?!<\/w:r>).)*<w:t[ >](?:(?!<\/w:r>).)*<\/w:r>/g) ?? []
  const punctuated = runs.filter((run) => /[“”‘’—…·]/.test(run))
  expect(punctuated.length).toBeGreaterThan(2)
  for (const run of runs) {
    const hinted = run.includes('<w:rFonts w:hint="eastAsia"/>')
    expect(hinted, run).toBe(punctuated.includes(run))
  }
}

describe('exportDocx with the newspaper profile', () => {
  it('sets an A4 page with 25 mm margins', async () => {
    const { document } = await exported('newspaper')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(document).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/)
  })

  it('sets body text in Normal (正文), the outline in built-in headings, the rest in named styles', async () => {
    const { styles, profile } = await exported('newspaper')
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="宋体"[^>]*\/>.*<w:lang [^>]*w:eastAsia="zh-CN"/,
    )
    const named: [string, string][] = [
      ['Normal', 'Normal'],
      ['Heading1', 'heading 1'],
      ['Heading2', 'heading 2'],
      ['Heading3', 'heading 3'],
      ['DajuanMasthead', '答卷 刊头'],
      ['DajuanSubtitle', '答卷 副题'],
      ['DajuanLead', '答卷 导语'],
      ['DajuanClosing', '答卷 结束语'],
      ['DajuanCredits', '答卷 署名'],
      ['DajuanCaption', '答卷 图片说明'],
      ['DajuanTableText', '答卷 表格文字'],
    ]
    for (const [id, name] of named) {
      expect(styleXml(styles, id)).toContain(`<w:name w:val="${name}"/>`)
    }
    expect(docxStyleIdentity('title', profile).id).toBe('Heading1')
    expect(docxStyleIdentity('sectionHeading', profile).id).toBe('Heading2')
    expect(styles).not.toContain('w:styleId="DajuanBody"')
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="DajuanLeadSentence">/)
    const normal = styleXml(styles, 'Normal')
    expect(normal).toContain('<w:ind w:firstLine="480" w:firstLineChars="200"/>')
    expect(normal).toContain('w:eastAsia="宋体"')
    expect(normal).toContain('<w:sz w:val="24"/>')
    expect(normal).toContain('<w:widowControl/>')
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
    ] as const) {
      const heading = styleXml(styles, id)
      expect(heading).toContain('<w:basedOn w:val="Normal"/>')
      expect(heading).toContain(`<w:outlineLvl w:val="${level}"/>`)
      expect(heading).toContain('w:eastAsia="黑体"')
    }
    expect(styleXml(styles, 'DajuanSubtitle')).toContain('w:eastAsia="楷体"')
    const credits = styleXml(styles, 'DajuanCredits')
    expect(credits).toContain('w:eastAsia="楷体"')
    expect(credits).toContain('<w:jc w:val="right"/>')
  })

  it('leaves fonts and sizes to the styles, and hints East Asian punctuation (2, 4)', async () => {
    const { document } = await exported('newspaper')
    expectRunsToLeaveFontsToStyles(document)
    expectPunctuationHinted(document)
    expect(document).toMatch(
      /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【待填：新增就业人数】/,
    )
    expect(document).not.toMatch(
      /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">102\.3万吨/,
    )
  })

  it('styles paragraphs by section kind, embeds the photo and writes a real table', async () => {
    const { document, zip } = await exported('newspaper')
    expect(document).toMatch(/<w:pStyle w:val="DajuanMasthead"\/>.*聚焦2026长治两会/)
    expect(document).toMatch(
      /<w:pStyle w:val="Heading2"\/><\/w:pPr>(?:(?!<\/w:p>).)*产业转型提速提档/,
    )
    expect(document).toMatch(
      /<w:rStyle w:val="DajuanLeadSentence"\/>(?:(?!<\/w:r>).)*传统产业焕发绿色生机。/,
    )
    expect(document).toMatch(/<w:pStyle w:val="DajuanCredits"\/>.*记者 王芳/)
    expect(document).toContain('<w:drawing>')
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true)
    expect(document).toMatch(
      /<w:pStyle w:val="DajuanCaption"\/>(?:(?!<\/w:p>).)*日盛达光伏车间（摄影：李明）/,
    )
    expect(document).toMatch(/<w:tbl>.*<w:pStyle w:val="DajuanTableText"\/>.*原煤产量.*<\/w:tbl>/)
    expect(document).toContain('<w:hyperlink')
  })

  it('numbers pages centred in one footer', async () => {
    const { zip, part } = await exported('newspaper')
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name))
    expect(footers).toHaveLength(1)
    const footer = await part(footers[0])
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
    expect(footer).toContain('<w:jc w:val="center"/>')
    expect(footer).toContain('— ')
  })

  it('reads back in python-docx as the report text', async () => {
    const { file } = await exported('newspaper')
    expect(readWithPythonDocx(file)).toEqual(expectedParagraphs(sections))
  })
})

describe('exportDocx with the 公文 profile (GB/T 9704-2012)', () => {
  it('sets the A4 page: top 37, left 28, right 26, bottom 35 mm, a 22 × 28 grid', async () => {
    const { document } = await exported('gongwen')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    expect(document).toContain(
      `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="${gridCharSpace(156, 28, 16)}"/>`,
    )
  })

  it('sets body in 3号 仿宋_GB2312 at exactly 28.95 pt and the title in 2号 方正小标宋简体', async () => {
    const { styles } = await exported('gongwen')
    const body = styleXml(styles, 'Normal')
    expect(body).toContain('w:line="579" w:lineRule="exact"')
    expect(body).toContain('w:eastAsia="仿宋_GB2312"')
    expect(body).toContain('<w:sz w:val="32"/>')
    expect(body).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>')
    const title = styleXml(styles, 'Heading1')
    expect(title).toContain('w:eastAsia="方正小标宋简体"')
    expect(title).toContain('<w:sz w:val="44"/>')
    expect(title).toContain('<w:jc w:val="center"/>')
    const fonts: [string, string | undefined][] = [
      ['Heading2', '黑体'],
      ['Heading3', '楷体_GB2312'],
      ['Heading4', undefined],
      ['Heading5', undefined],
      ['DajuanLeadSentence', '楷体_GB2312'],
    ]
    for (const [id, font] of fonts) {
      const style = styleXml(styles, id)
      // 3号 like 正文, and not bold: nothing to restate, so a restyled 正文 size carries over.
      expect(style, id).not.toContain('<w:sz ')
      expect(style, id).not.toMatch(/<w:b[ />]/)
      if (font) {
        expect(style, id).toContain(`w:eastAsia="${font}"`)
      } else {
        expect(style, id).not.toContain('<w:rFonts')
      }
    }
  })

  it('takes Normal off the grid and condenses 3号 to 28 a line; other sizes are not condensed', async () => {
    const { styles, profile } = await exported('gongwen')
    const normal = styleXml(styles, 'Normal')
    expect(normal).toContain('w:default="1"')
    expect(normal).toContain('<w:sz w:val="32"/>')
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"')
    expect(normal).toMatch(/<w:pPr><w:widowControl\/><w:snapToGrid w:val="0"\/><w:spacing /)
    expect(normal).toContain('<w:spacing w:val="-6"/>')
    for (const role of paragraphRoles) {
      const style = styleXml(styles, docxStyleIdentity(role, profile).id)
      const condensed = profile.styles[role].sizePt === 16
      expect(style.includes('<w:spacing w:val="0"/>'), role).toBe(!condensed)
    }
    expect(styleXml(styles, 'Heading1')).toContain('<w:spacing w:val="0"/>')
  })

  it('numbers headings 一、, leaves run-in lead sentences unnumbered, and leaves out the masthead', async () => {
    const { document } = await exported('gongwen')
    expectRunsToLeaveFontsToStyles(document)
    expectPunctuationHinted(document)
    expect(document).not.toContain('聚焦2026长治两会')
    expect(document).toMatch(
      /<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*>一、(?:(?!<\/w:p>).)*产业转型提速提档/,
    )
    expect(document).toMatch(
      /<w:rStyle w:val="DajuanLeadSentence"\/><\/w:rPr><w:t xml:space="preserve">新兴产业加速拔节成长。<\/w:t>/,
    )
    expect(document).not.toContain('（一）')
    expect(document).toMatch(
      /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【待填：新增就业人数】/,
    )
  })

  it('puts 4号 宋体 page numbers on the outer side: odd right, even left', async () => {
    const { document, part } = await exported('gongwen')
    expect(await part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    const footerId = (type: string) =>
      new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(document)?.[1]
    const relations = await part('word/_rels/document.xml.rels')
    const footerOf = async (type: string) => {
      const target =
        new RegExp(`Id="${footerId(type)}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${footerId(type)}"`).exec(relations)?.[1]
      return part(`word/${String(target)}`)
    }
    const odd = await footerOf('default')
    const even = await footerOf('even')
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
      expect(footer).toContain('<w:pStyle w:val="Footer"/>')
      expect(footer).toContain('— ')
    }
    const footerStyle = styleXml(await part('word/styles.xml'), 'Footer')
    expect(footerStyle).toContain('<w:sz w:val="28"/>')
    expect(footerStyle).toContain('w:eastAsia="宋体"')
    expect(odd).toContain('<w:jc w:val="right"/>')
    expect(even).toContain('<w:jc w:val="left"/>')
  })

  it('reads back in python-docx as the numbered report text', async () => {
    const { file, profile } = await exported('gongwen')
    const numbered = numberOutline(
      sections.filter((section) => section.kind !== 'masthead'),
      profile.outline,
    )
    const paragraphs = readWithPythonDocx(file)
    expect(paragraphs).toEqual(expectedParagraphs(numbered))
    expect(paragraphs).toContain('一、从“煤字号”到“新质态”，产业转型提速提档')
    expect(paragraphs).toContain('新兴产业加速拔节成长。光伏玻璃生产线满负荷运转。')
  })
})

describe.each(profileNames)('exportDocx with the %s profile, either way', (profileName) => {
  it('indents by firstLineChars with a firstLine in twips from the style size, for LibreOffice', async () => {
    const { styles, profile } = await exported(profileName)
    const indentOf = (role: (typeof paragraphRoles)[number]) => {
      const spec = profile.styles[role]
      const twips = Math.round((spec.firstLineChars / 100) * spec.sizePt * 20)
      return `<w:ind w:firstLine="${twips}" w:firstLineChars="${spec.firstLineChars}"/>`
    }
    expect(styleXml(styles, 'Normal')).toContain(indentOf('body'))
    for (const role of paragraphRoles.filter((candidate) => candidate !== 'body')) {
      const style = styleXml(styles, docxStyleIdentity(role, profile).id)
      if (indentOf(role) === indentOf('body')) {
        expect(style, role).not.toContain('<w:ind ')
      } else {
        expect(style, role).toContain(indentOf(role))
      }
    }
  })

  it('centres masthead, title, subtitle and captions, and sets credits as the profile says', async () => {
    const { styles, profile } = await exported(profileName)
    for (const id of ['DajuanMasthead', 'Heading1', 'DajuanSubtitle', 'DajuanCaption']) {
      expect(styleXml(styles, id), id).toContain('<w:jc w:val="center"/>')
    }
    expect(profile.styles.credits.alignment).toBe('right')
    expect(styleXml(styles, 'DajuanCredits')).toContain('<w:jc w:val="right"/>')
  })

  it('sets the photo at single spacing so an exact caption line height cannot crop it', async () => {
    const { document } = await exported(profileName)
    expect(document).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="DajuanCaption"\/><w:keepNext\/><w:spacing w:line="240" w:lineRule="auto"\/>(?:(?!<\/w:p>).)*<w:drawing>/,
    )
  })

  it("packs the photo as the asset's own bytes, stored once even where it appears twice", async () => {
    const profile = readExportProfile(join(profilesFolder, `${profileName}.json`))
    const photoTwice = sampleSections.map((section) =>
      section.doc.content?.some((node) => node.type === 'reportImage')
        ? {
            ...section,
            doc: { ...section.doc, content: [...section.doc.content, ...section.doc.content] },
          }
        : section,
    )
    const buffer = await exportDocx(sampleExportInput(profile, photoTwice))
    const zip = await JSZip.loadAsync(buffer, { checkCRC32: true })
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
    expect(media).toEqual(['word/media/image1.png'])
    expect(Buffer.from(await zip.file(media[0])!.async('uint8array')).equals(tinyPng)).toBe(true)
    // Stored, not deflated: the PNG's bytes appear in the package as they are.
    expect(buffer.includes(tinyPng)).toBe(true)
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document.match(/<w:drawing>/g)).toHaveLength(2)
    const relationships = await zip.file('word/_rels/document.xml.rels')!.async('string')
    expect(relationships).toContain('Target="media/image1.png"')
  })

  it('does not spread a line ended by a hard break across the justified width', async () => {
    const { part } = await exported(profileName)
    expect(await part('word/settings.xml')).toContain('<w:doNotExpandShiftReturn/>')
  })
})

describe('export profiles', () => {
  it('fits 28 characters of 16 pt into the 156 mm 公文 line, on the grid and off it', () => {
    expect(gridCharSpace(156, 28, 16)).toBe(-848)
    expect(readExportProfile(join(profilesFolder, 'gongwen.json')).grid).toEqual({
      type: 'linesAndChars',
      linePitch: 579,
      charsPerLine: 28,
    })
    const lineWidthPt = (156 / 25.4) * 72
    const spacing = gridFitSpacing(156, 28, 16)
    expect(spacing).toBe(-6)
    expect(28 * (16 + spacing / 20)).toBeLessThanOrEqual(lineWidthPt - 2)
    expect(29 * (16 + spacing / 20)).toBeGreaterThan(lineWidthPt)
    expect(gridFitSpacing(156, 28, 14)).toBe(0)
  })

  it('leaves the newspaper without a grid, off-grid styles or condensed text', async () => {
    const { document, styles } = await exported('newspaper')
    expect(document).not.toContain('<w:docGrid w:type="linesAndChars"')
    expect(styles).not.toContain('snapToGrid')
    expect(styles).not.toMatch(/<w:spacing w:val=/)
  })

  it('refuses a malformed profile with a Chinese message naming each wrong field', () => {
    const profile = JSON.parse(
      JSON.stringify(readExportProfile(join(profilesFolder, 'gongwen.json'))),
    )
    profile.styles.body.sizePt = '三号'
    profile.styles.title.lineSpacing = { rule: 'exactly', pt: 28 }
    delete profile.page
    delete profile.styles.leadSentence
    profile.grid = { type: 'linesAndChars', linePitch: 579, charSpace: -848 }
    const attempt = () => validateExportProfile(profile, '导出配置“gongwen.json”')
    expect(attempt).toThrow(/^导出配置“gongwen\.json”格式错误：/)
    expect(attempt).toThrow(/styles\.body\.sizePt（字号，磅）应为大于 0 的数字，实际为 "三号"/)
    expect(attempt).toThrow(/styles\.title\.lineSpacing\.rule（行距规则）应为 exact、auto 之一/)
    expect(attempt).toThrow(/page（页面）应为对象，实际为 缺失/)
    expect(attempt).toThrow(/styles\.leadSentence应为对象/)
    expect(attempt).toThrow(/grid\.charsPerLine（每行字数）应为正整数，实际为 缺失/)
    expect(attempt).toThrow(/grid\.charSpace（字距）已不再使用，请改用 grid\.charsPerLine/)
  })

  it('refuses a profile file that is not JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dajuan-profile-'))
    const file = join(folder, 'broken.json')
    writeFileSync(file, '{ "name": ')
    expect(() => readExportProfile(file)).toThrow(
      /^导出配置“broken\.json”无法读取或不是有效的 JSON/,
    )
  })
})
