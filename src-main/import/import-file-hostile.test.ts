import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentSchemaInput } from '../contract/document-json-schema'
import { validateDocument } from '../shared/document/validate-document'
import { AppError } from '../shared/errors/app-error'
import { databaseContains } from '../security/database-contains'
import { databaseFingerprint } from '../security/database-fingerprint'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import {
  buildTestDocx,
  tinyPng,
  wordParagraph,
  wordPicture,
  wordRelationship,
} from './docx/build-test-docx'
import { importFile } from './import-file'
import { writeTestZip } from '../zip/write-test-zip'

const samplePath = join(__dirname, '..', '..', 'resources', 'shangdang-2025.docx')
const sampleDocx = new Uint8Array(readFileSync(samplePath))
const megabyte = 1024 * 1024
const maxSeconds = 5
const maxMemoryGrowth = 200 * megabyte
const prose = '全年完成地区生产总值319.6亿元，同比增长5.2%，经济运行稳中有进。'
const body = [wordParagraph('测试区交出高质量发展答卷'), wordParagraph(prose)].join('')
const passwdLine = 'root:x:0:0'
const secret = `dajuan-secret-${process.pid}-${Date.now()}`

/** How a hostile file must end: refused with this code, or imported as a report. */
type Expected = { refusedWith: string } | 'imported'

interface HostileFile {
  name: string
  fileName: string
  bytes: () => Promise<Uint8Array> | Uint8Array
  expected: Expected
}

interface Outcome {
  reportId?: number
  error?: unknown
  seconds: number
  memoryGrowth: number
}

let secretFile = ''
let workspace: Workspace
let folder = ''

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dajuan-hostile-'))
  secretFile = join(folder, 'secret.txt')
  writeFileSync(secretFile, `${secret}\n`)
  workspace = openWorkspace(join(folder, 'workspace.sqlite'))
  seedSampleOnFirstLaunch(workspace)
})
afterAll(() => {
  workspace.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The peak resident memory so far and now, in bytes. */
function memory() {
  return { peak: process.resourceUsage().maxRSS * 1024, now: process.memoryUsage().rss }
}

async function importMeasured(fileName: string, bytes: Uint8Array): Promise<Outcome> {
  const before = memory()
  const started = performance.now()
  const outcome: Outcome = { seconds: 0, memoryGrowth: 0 }
  try {
    outcome.reportId = await importFile(workspace, { fileName, bytes, year: 2025 })
  } catch (error) {
    outcome.error = error
  }
  outcome.seconds = (performance.now() - started) / 1000
  const after = memory()
  // A new peak shows in maxRSS; what stays allocated shows in rss.
  outcome.memoryGrowth = Math.max(after.peak - before.peak, after.now - before.now)
  return outcome
}

/** A valid test .docx whose word/document.xml is replaced by this body (and DOCTYPE). */
async function docxWithDocumentXml(inner: string, doctype = ''): Promise<Uint8Array> {
  const namespaces =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>${doctype}` +
    `<w:document ${namespaces}><w:body>${inner}</w:body></w:document>`
  const zip = await JSZip.loadAsync(await buildTestDocx({ body }))
  zip.file('word/document.xml', xml)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The entries of a .docx, with one part replaced by deflated data that lies about its size. */
async function docxWithLyingPart(docx: Uint8Array, name: string, data: Uint8Array, size: number) {
  const zip = await JSZip.loadAsync(docx)
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => entry.name !== name)
      .map(async (entry) => ({ name: entry.name, data: await entry.async('uint8array') })),
  )
  return writeTestZip([...entries, { name, rawData: data, declaredUncompressedSize: size }])
}

/** The paths by which a relationship could reach the planted secret and /etc/passwd on disk. */
function localTargets(): string[] {
  const fromHere = relative(process.cwd(), secretFile)
  return [
    'file:///etc/passwd',
    `file://${secretFile}`,
    secretFile,
    '/etc/passwd',
    '../../../../../../../../etc/passwd',
    `../../../../../../../..${secretFile}`,
    fromHere,
    `\\\\localhost\\c$\\${secretFile}`,
  ]
}

function linkedPictures(external: boolean): Promise<Uint8Array> {
  const targets = localTargets()
  const relationships = targets
    .map((target, index) => wordRelationship(`rIdLocal${index}`, 'image', target, external))
    .join('')
  const pictures = targets.map((_target, index) => {
    const id = `rIdLocal${index}`
    return wordParagraph([wordPicture(external ? { link: id } : { embed: id })])
  })
  const vml = targets.map(
    (_target, index) =>
      `<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rIdLocal${index}"/></v:shape>` +
      '</w:pict></w:r></w:p>',
  )
  return buildTestDocx({ body: body + pictures.join('') + vml.join(''), relationships })
}

/** Wraps content in `depth` levels of an element pair. */
function nested(open: string, close: string, depth: number): (inner: string) => string {
  return (inner) => open.repeat(depth) + inner + close.repeat(depth)
}

const hostileFiles: HostileFile[] = [
  {
    name: 'the sample cut to half',
    fileName: 'cut.docx',
    bytes: () => sampleDocx.slice(0, sampleDocx.length >> 1),
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'the sample missing its last byte',
    fileName: 'cut.docx',
    bytes: () => sampleDocx.slice(0, -1),
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'the sample cut before its central directory',
    fileName: 'cut.docx',
    bytes: () => sampleDocx.slice(0, sampleDocx.length - 400),
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'plain text named .docx',
    fileName: 'text.docx',
    bytes: () => new TextEncoder().encode(prose.repeat(100)),
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'a PNG named .docx',
    fileName: 'photo.docx',
    bytes: () => tinyPng,
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'an empty file',
    fileName: 'empty.docx',
    bytes: () => new Uint8Array(),
    expected: { refusedWith: 'docx_not_zip' },
  },
  {
    name: 'a zip without word/document.xml',
    fileName: 'nodoc.docx',
    bytes: () => buildTestDocx({ body: '', withoutDocument: true }),
    expected: { refusedWith: 'docx_missing_document' },
  },
  {
    name: 'a zip bomb: 1 GB of zeros declared honestly',
    fileName: 'bomb.docx',
    bytes: () => {
      const rawData = deflateRawSync(Buffer.alloc(64 * megabyte))
      const declaredUncompressedSize = 1024 * megabyte
      return writeTestZip([{ name: 'word/document.xml', rawData, declaredUncompressedSize }])
    },
    expected: { refusedWith: 'zip_too_large' },
  },
  {
    name: 'a zip bomb: 100 MB of zeros declared as 4 KB',
    fileName: 'bomb.docx',
    bytes: async () => {
      const zeros = deflateRawSync(Buffer.alloc(100 * megabyte))
      return docxWithLyingPart(await buildTestDocx({ body }), 'word/document.xml', zeros, 4096)
    },
    expected: { refusedWith: 'zip_too_large' },
  },
  {
    name: 'a zip bomb in a picture the document embeds',
    fileName: 'bomb.docx',
    bytes: async () => {
      const valid = await buildTestDocx({
        body: body + wordParagraph([wordPicture({ embed: 'rIdBomb' })]),
        relationships: wordRelationship('rIdBomb', 'image', 'media/image1.png'),
      })
      const zeros = deflateRawSync(Buffer.alloc(100 * megabyte))
      return docxWithLyingPart(valid, 'word/media/image1.png', zeros, 800)
    },
    expected: { refusedWith: 'zip_too_large' },
  },
  {
    name: '10,000 entries',
    fileName: 'many.docx',
    bytes: () =>
      writeTestZip(
        Array.from({ length: 10_000 }, (_unused, index) => ({
          name: `word/media/part${index}.xml`,
          data: new Uint8Array([60, 97, 47, 62]),
          stored: true,
        })),
      ),
    expected: { refusedWith: 'zip_too_many_entries' },
  },
  {
    name: 'pictures linked (r:link, external) to local files',
    fileName: 'linked.docx',
    bytes: () => linkedPictures(true),
    expected: 'imported',
  },
  {
    name: 'pictures embedded (r:embed) from paths outside the package',
    fileName: 'embedded.docx',
    bytes: () => linkedPictures(false),
    expected: 'imported',
  },
  {
    name: 'an external entity (XXE) naming local files',
    fileName: 'xxe.docx',
    bytes: async () => {
      const doctype =
        '<!DOCTYPE w:document [<!ENTITY passwd SYSTEM "file:///etc/passwd">' +
        `<!ENTITY secret SYSTEM "file://${secretFile}">]>`
      const text = `<w:p><w:r><w:t>&passwd;&secret;${prose}</w:t></w:r></w:p>`
      return docxWithDocumentXml(wordParagraph('测试区交出高质量发展答卷') + text, doctype)
    },
    expected: { refusedWith: 'docx_unreadable' },
  },
  {
    name: 'a billion-laughs entity expansion',
    fileName: 'laughs.docx',
    bytes: async () => {
      const entities = Array.from({ length: 10 }, (_unused, level) => {
        const value = level === 0 ? '哈'.repeat(10) : `&lol${level - 1};`.repeat(10)
        return `<!ENTITY lol${level} "${value}">`
      }).join('')
      const text = `<w:p><w:r><w:t>&lol9;${prose}</w:t></w:r></w:p>`
      const doctype = `<!DOCTYPE w:document [${entities}]>`
      return docxWithDocumentXml(wordParagraph('测试区交出高质量发展答卷') + text, doctype)
    },
    expected: { refusedWith: 'docx_unreadable' },
  },
  {
    name: '20,000 nested content controls',
    fileName: 'deep.docx',
    bytes: async () => {
      const controls = nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 20_000)
      return docxWithDocumentXml(body + controls(wordParagraph(prose)))
    },
    expected: { refusedWith: 'docx_unreadable' },
  },
  {
    name: '200 nested content controls',
    fileName: 'deep.docx',
    bytes: async () => {
      const controls = nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', 200)
      return docxWithDocumentXml(body + controls(wordParagraph(prose)))
    },
    expected: 'imported',
  },
  {
    name: '40 nested tables',
    fileName: 'tables.docx',
    bytes: async () => {
      const tables = nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 40)
      return docxWithDocumentXml(body + tables(wordParagraph(prose)))
    },
    expected: 'imported',
  },
  {
    name: '2,000 nested tables',
    fileName: 'tables.docx',
    bytes: async () => {
      const tables = nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 2000)
      return docxWithDocumentXml(body + tables(wordParagraph(prose)))
    },
    expected: { refusedWith: 'docx_unreadable' },
  },
  {
    name: 'an HTML page whose pictures, frames and styles point at local files',
    fileName: 'page.html',
    bytes: () => {
      const references = localTargets().map(
        (target) =>
          `<p><img src="${target}"><iframe src="${target}"></iframe>` +
          `<object data="${target}"></object></p><link rel="stylesheet" href="${target}">` +
          `<p style="background:url('${target}')">图为新建成的游园。</p>`,
      )
      const heading = '<h1>测试区交出高质量发展答卷</h1>'
      const page = `<html><body>${heading}<p>${prose}</p>${references.join('')}</body></html>`
      return new TextEncoder().encode(page)
    },
    expected: 'imported',
  },
]

describe('importFile on a hostile file corpus', () => {
  it.each(hostileFiles)('$name: ends in time, in bounded memory, cleanly', async (hostile) => {
    const { fileName, bytes, expected } = hostile
    const file = await bytes()
    const before = databaseFingerprint(workspace)
    const outcome = await importMeasured(fileName, file)

    expect(outcome.seconds).toBeLessThan(maxSeconds)
    expect(outcome.memoryGrowth).toBeLessThan(maxMemoryGrowth)
    if (expected === 'imported') {
      expect(outcome.error).toBeUndefined()
      const sections = workspace.sections.listByReport(outcome.reportId!)
      expect(JSON.stringify(sections.map((section) => section.doc))).toContain('经济运行稳中有进')
      for (const section of sections) {
        expect(() => validateDocument(section.doc)).not.toThrow()
        expect(documentSchemaInput.safeParse(section.doc).success, section.title).toBe(true)
      }
    } else {
      expect(outcome.error).toBeInstanceOf(AppError)
      const error = outcome.error as AppError
      expect(error.code).toBe(expected.refusedWith)
      expect(error.message).toMatch(/\p{Script=Han}/u)
      expect(error.message).not.toMatch(/\{\{|Error|undefined/)
      expect(databaseFingerprint(workspace)).toEqual(before)
    }
    expect(databaseContains(workspace, passwdLine)).toEqual([])
    expect(databaseContains(workspace, secret)).toEqual([])
    expect(databaseContains(workspace, 'passwd')).toEqual([])
  })

  it('would notice a leak: the secret is found once a file really carries it', async () => {
    const scratch = openWorkspace(':memory:')
    try {
      const text = new TextEncoder().encode(`测试区交出高质量发展答卷\n\n${prose}${secret}`)
      await importFile(scratch, { fileName: 'carrier.txt', bytes: text, year: 2025 })
      expect(databaseContains(scratch, secret)).toEqual(['section_revisions.doc', 'sections.doc'])
    } finally {
      scratch.close()
    }
  })

  it('leaves the planted secret where it was and the workspace readable', () => {
    expect(existsSync(secretFile)).toBe(true)
    expect(workspace.reports.listLive().length).toBeGreaterThanOrEqual(1)
    expect(workspace.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
