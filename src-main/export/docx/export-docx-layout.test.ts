import { spawnSync } from 'node:child_process'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../shared/document/document-json'
import type { TestPhoto } from '../../test-support/test-photos'
import { testPhotos } from '../../test-support/test-photos'
import { exportDocx } from './export-docx'
import type { ExportProfile } from './export-profile'
import { footerDistanceMm } from './footer-distance-mm'
import type { ExportSection } from './numbered-outline'
import { outlineChanges } from './outline-changes'
import { readShippedProfile } from '../export-report-docx'
import { sampleExportInput, sampleSections } from './sample-export-input.fixture'
import { textBlockWidthMm } from './text-block-width-mm'

const newspaper = readShippedProfile('newspaper')
const gongwen = readShippedProfile('gongwen')
const emuPerMm = 36000

const text = (value: string, marks?: string[]): DocumentNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
})
const paragraph = (...content: DocumentNode[]): DocumentNode => ({ type: 'paragraph', content })
const doc = (...content: DocumentNode[]): DocumentNode => ({ type: 'doc', content })
const section = (kind: ExportSection['kind'], ...content: DocumentNode[]): ExportSection => ({
  kind,
  doc: doc(...content),
})
const photo = (assetId: number, caption: string, credit: string): DocumentNode => ({
  type: 'reportImage',
  attrs: { assetId, caption, credit },
})

async function exportParts(
  profile: ExportProfile,
  sections: ExportSection[],
  images: Record<number, TestPhoto> = {},
) {
  const base = sampleExportInput(profile, sections)
  const buffer = await exportDocx({
    ...base,
    organization: '上党区融媒体中心',
    loadImage: (assetId) => images[assetId] ?? base.loadImage(assetId),
  })
  const zip = await JSZip.loadAsync(buffer)
  const part = (name: string) => zip.file(name)!.async('string')
  return {
    zip,
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    part,
  }
}

function styleXml(styles: string, styleId: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>.*?</w:style>`).exec(styles)
  if (!match) {
    throw new Error(`no style ${styleId}`)
  }
  return match[0]
}

/** Each drawing's extent in mm, in document order. */
function extentsMm(document: string): { width: number; height: number }[] {
  return Array.from(document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g), (match) => ({
    width: Number(match[1]) / emuPerMm,
    height: Number(match[2]) / emuPerMm,
  }))
}

describe.each([
  ['newspaper', newspaper],
  ['gongwen', gongwen],
] as const)('photos in the %s profile (1)', (_name, profile) => {
  let photos: Awaited<ReturnType<typeof testPhotos>>

  beforeAll(async () => {
    photos = await testPhotos()
  })

  it('keep their real shape: 16:9 fills the text width, a portrait is capped in height', async () => {
    const { document, zip } = await exportParts(
      profile,
      [
        section(
          'lead',
          paragraph(text('三种照片。')),
          photo(1, '宽幅', '记者 张国平 摄'),
          photo(2, '竖幅', '李明'),
          photo(3, '转向', ''),
        ),
      ],
      { 1: photos.wide, 2: photos.portrait, 3: photos.turned },
    )
    const [wide, portrait, turned] = extentsMm(document)
    const width = textBlockWidthMm(profile.page)
    expect(wide.width).toBeCloseTo(width, 0)
    expect(wide.width / wide.height).toBeCloseTo(1920 / 1080, 2)
    expect(portrait.height).toBeCloseTo(profile.pictures.maxHeightMm, 0)
    expect(portrait.width / portrait.height).toBeCloseTo(900 / 1200, 2)
    expect(portrait.width).toBeLessThan(width)
    // Stored 1600 × 1200 with EXIF orientation 6: a portrait 1200 × 1600 as seen.
    expect(turned.width / turned.height).toBeCloseTo(1200 / 1600, 2)
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(3)
    const sizes = await Promise.all(
      media.map(async (name) => {
        const meta = await sharp(await zip.file(name)!.async('nodebuffer')).metadata()
        return { width: meta.width, height: meta.height, orientation: meta.orientation }
      }),
    )
    // Word ignores EXIF orientation: the turned photo is packed upright, without the tag.
    expect(sizes).toContainEqual({ width: 1200, height: 1600, orientation: undefined })
    expect(document).toContain('宽幅（记者 张国平 摄）')
    expect(document).toContain('竖幅（摄影：李明）')
    expect(document).not.toContain('摄影：记者')
  })
})

describe('keeping together (3)', () => {
  it('keeps the title block and headings with what follows, with widow control in Normal', async () => {
    for (const profile of [newspaper, gongwen]) {
      const { styles } = await exportParts(profile, sampleSections)
      expect(styleXml(styles, 'Normal')).toContain('<w:widowControl/>')
      for (const id of ['Heading1', 'Heading2', 'Heading3', 'DajuanSubtitle']) {
        expect(styleXml(styles, id), id).toContain('<w:keepNext/><w:keepLines/>')
      }
      for (const id of ['DajuanCredits', 'DajuanLead', 'DajuanClosing']) {
        expect(styleXml(styles, id), id).not.toContain('<w:keepNext/>')
      }
    }
  })

  it('keeps a bold lead line with the next paragraph, and a photo with its caption', async () => {
    const { document } = await exportParts(gongwen, [
      section('heading', { type: 'heading', attrs: { level: 2 }, content: [text('主题')] }),
      section(
        'subsection',
        paragraph(text('项目建设跑出加速度', ['leadSentence'])),
        paragraph(text('391个项目滚动实施。')),
      ),
      section(
        'subsection',
        paragraph(text('招商引资打出组合拳。', ['leadSentence']), text('签约。')),
      ),
      section('closing', paragraph(text('实干笃行。')), photo(7, '车间', '')),
    ])
    expect(document).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Normal"\/><w:keepNext\/><\/w:pPr>(?:(?!<\/w:p>).)*（一）项目建设跑出加速度/,
    )
    expect(document).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Normal"\/><\/w:pPr>(?:(?!<\/w:p>).)*招商引资打出组合拳。/,
    )
    expect(document).toMatch(
      /<w:pStyle w:val="DajuanCaption"\/><w:keepNext\/>(?:(?!<\/w:p>).)*<w:drawing>/,
    )
  })
})

describe('the East Asian hint (2)', () => {
  it('marks the page number’s dashes too, so — 1 — is not set in Times New Roman', async () => {
    const { part } = await exportParts(newspaper, sampleSections)
    const footer = await part('word/footer1.xml')
    expect(footer).toMatch(
      /<w:r><w:rPr><w:rFonts w:hint="eastAsia"\/><\/w:rPr><w:t xml:space="preserve">— <\/w:t><\/w:r>/,
    )
  })
})

const pandoc = spawnSync('pandoc', ['--version']).status === 0
if (!pandoc) {
  console.warn('Pandoc heading test skipped: pandoc not installed (apt-get install pandoc)')
}

describe('restylable styles (4)', () => {
  it.skipIf(!pandoc)('reads as headings in Pandoc', async () => {
    const buffer = await exportDocx(sampleExportInput(newspaper))
    const markdown = spawnSync('pandoc', ['-f', 'docx', '-t', 'markdown'], {
      input: buffer,
      encoding: 'utf8',
    }).stdout
    expect(markdown).toMatch(/^# 太行深处焕新颜 实干笃行向未来$/m)
    expect(markdown).toMatch(/^## 从.煤字号.到.新质态.，产业转型提速提档$/m)
  })

  it('gives Word, WPS, Pandoc and mammoth the outline as heading levels', async () => {
    const buffer = await exportDocx({
      ...sampleExportInput(gongwen),
      organization: '上党区融媒体中心',
    })
    const { value } = await mammoth.convertToHtml({ buffer }, { externalFileAccess: false })
    expect(value).toContain('<h1>太行深处焕新颜 实干笃行向未来</h1>')
    expect(value).toContain('<h2>一、从“煤字号”到“新质态”，产业转型提速提档</h2>')
  })

  it('lets closing and lead follow Normal where the profile sets them alike', async () => {
    const { styles } = await exportParts(gongwen, sampleSections)
    for (const id of ['DajuanClosing', 'DajuanLead']) {
      const style = styleXml(styles, id)
      expect(style, id).toContain('<w:basedOn w:val="Normal"/>')
      expect(style, id).not.toMatch(/<w:rFonts|<w:sz /)
    }
    expect(styleXml(styles, 'DajuanLeadSentence')).not.toMatch(/<w:sz /)
  })
})

describe('公文 page number (6) and title block (7)', () => {
  it('takes the footer off the grid and sets it 7 mm below the text block', async () => {
    const { document, styles } = await exportParts(gongwen, sampleSections)
    const footer = styleXml(styles, 'Footer')
    expect(footer).toContain('<w:snapToGrid w:val="0"/>')
    expect(footer).toContain(
      '<w:spacing w:before="0" w:after="0" w:line="280" w:lineRule="exact"/>',
    )
    expect(footerDistanceMm(gongwen)).toBeCloseTo(35 - 7 - 7 * (25.4 / 72), 5)
    const twips = Math.round((footerDistanceMm(gongwen) / 25.4) * 1440)
    expect(document).toMatch(new RegExp(`<w:pgMar [^>]*w:footer="${twips}"`))
    expect(twips).toBe(1447)
  })

  it('puts the blank line after the subtitle, none between title and subtitle', async () => {
    const { styles, document } = await exportParts(gongwen, sampleSections)
    expect(styleXml(styles, 'Heading1')).toContain('w:after="0"')
    expect(styleXml(styles, 'DajuanSubtitle')).toContain('w:after="579"')
    expect(document).not.toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:pPr>).)*<w:spacing/)
    const alone = await exportParts(
      gongwen,
      sampleSections.filter((item) => item.kind !== 'subtitle'),
    )
    expect(alone.document).toMatch(
      /<w:pStyle w:val="Heading1"\/><w:spacing w:after="579"\/><\/w:pPr>(?:(?!<\/w:p>).)*太行深处焕新颜/,
    )
  })
})

describe('公文 structure (8)', () => {
  it('numbers only headings and heading lines, and says what it changed', () => {
    const sections = [
      ...sampleSections,
      section('heading', { type: 'heading', attrs: { level: 2 }, content: [text('项目为王')] }),
      section('subsection', paragraph(text('项目建设跑出加速度', ['bold']))),
    ]
    expect(outlineChanges(sections, gongwen)).toEqual([
      { kind: 'mastheadOmitted', count: 2 },
      { kind: 'headingsNumbered', count: 2 },
      { kind: 'subsectionsNumbered', count: 1 },
      { kind: 'topicSentencesUnnumbered', count: 2 },
    ])
    expect(outlineChanges(sections, newspaper)).toEqual([])
  })
})

describe('font table (9) and the smaller items (10)', () => {
  it('writes each font with its fallback, PANOSE and GB2312 charset', async () => {
    const { part } = await exportParts(gongwen, sampleSections)
    const fonts = await part('word/fontTable.xml')
    expect(fonts).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>',
    )
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/><w:panose1 /)
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/)
    expect(fonts).toContain('<w:font w:name="Times New Roman"/>')
  })

  it('sets credits without gaps between their lines and the masthead in red', async () => {
    const { styles, document } = await exportParts(newspaper, [
      ...sampleSections,
      section('credits', paragraph(text('策划/宋玉红')), paragraph(text('统筹/陈建波'))),
    ])
    const credits = styleXml(styles, 'DajuanCredits')
    expect(credits).toContain('<w:contextualSpacing/>')
    expect(credits).toContain('w:before="240"')
    expect(styleXml(styles, 'DajuanMasthead')).toContain('<w:color w:val="B71C1C"/>')
    expect(document.match(/<w:pStyle w:val="DajuanCredits"\/>/g)?.length).toBe(3)
  })

  it('renders PM_{2.5} with a subscript and names the organisation as last editor', async () => {
    const { document, part } = await exportParts(newspaper, [
      section('lead', paragraph(text('PM_{2.5}浓度同比下降'))),
    ])
    expect(document).toContain(
      '<w:t xml:space="preserve">PM</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t xml:space="preserve">2.5</w:t>',
    )
    expect(document).not.toContain('_{')
    const core = await part('docProps/core.xml')
    expect(core).toContain('<cp:lastModifiedBy>上党区融媒体中心</cp:lastModifiedBy>')
    expect(core).toContain('<dc:creator>上党区融媒体中心</dc:creator>')
  })
})
