import { sniffImageType } from '../../assets/image-type'
import { AppError } from '../../shared/errors/app-error'
import { ImportBudget } from '../import-budget'
import type { ReadBlock, SourceImage } from '../source-paragraph'
import { splitPhotoCredit } from '../split-photo-credit'
import type { DocxRelationship } from './docx-package'
import { DocxPackage, hasType } from './docx-package'
import { DocxNumbering } from './docx-numbering'
import { DocxStyles } from './docx-styles'
import { firstChild } from './docx-xml'
import { isPhotoCaption } from './is-photo-caption'
import type { DocxBodyPiece } from './read-docx-body'
import { readDocxBody } from './read-docx-body'
import type { DocxLine } from './read-docx-paragraph'

/** A picture whose bytes were read (or that is remote), waiting for its caption. */
interface ResolvedPicture {
  kind: 'resolvedPicture'
  bytes?: Uint8Array
  remoteUrl?: string
}

type ResolvedPiece = DocxLine | ResolvedPicture | Extract<DocxBodyPiece, { kind: 'table' }>

/**
 * Reads a Word file (.docx) into the blocks structure detection reads: each paragraph line with
 * its formatting hints (see `readDocxParagraph`), tables as table attachments (`readDocxTable`) and
 * pictures as images with the caption and credit of the line after them when it is one
 * (`isPhotoCaption`; that line is then not a paragraph).
 *
 * The zip is checked before anything is inflated (`inspectZip`); only parts inside it are read, so
 * a picture linked to a file (file:///…) is dropped and one linked to an http(s) address is kept as
 * a remote image, never fetched. Embedded pictures that are not PNG, JPEG, GIF or WebP (EMF, WMF,
 * TIFF) are left out. Any failure is an AppError: `docx_not_zip`, `docx_legacy_format`,
 * `file_too_large`, `zip_*` for a refused zip, `docx_missing_document` without a main document,
 * `import_too_many_*` past the import's limits (`ImportBudget`: elements of each XML part counted
 * before it is parsed, styles, lines, cells and picture bytes while reading), `docx_unreadable`
 * for anything malformed inside.
 */
export async function readDocxBlocks(
  bytes: Uint8Array,
  budget: ImportBudget = new ImportBudget(),
): Promise<ReadBlock[]> {
  try {
    return await readPackage(await DocxPackage.open(bytes, budget), budget)
  } catch (error) {
    if (error instanceof AppError) {
      throw error
    }
    throw new AppError('docx_unreadable')
  }
}

async function readPackage(docx: DocxPackage, budget: ImportBudget): Promise<ReadBlock[]> {
  const mainPartName = await docx.mainDocumentPartName()
  const document = await docx.readXmlPart(mainPartName)
  const relationships = await docx.relationships(mainPartName)
  const styles = new DocxStyles(await readRelatedXml(docx, relationships, 'styles'), budget)
  const numbering = new DocxNumbering(await readRelatedXml(docx, relationships, 'numbering'))
  const body = firstChild(document?.documentElement, 'body')
  if (!body) {
    throw new AppError('docx_unreadable')
  }
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]))
  const pieces = readDocxBody(body, { styles, numbering, relationships: byId, budget })
  return attachCaptions(await resolvePictures(docx, pieces))
}

async function readRelatedXml(
  docx: DocxPackage,
  relationships: DocxRelationship[],
  kind: string,
): Promise<Document | undefined> {
  const related = relationships.find((relationship) => hasType(relationship, kind))
  return related?.partName ? docx.readXmlPart(related.partName) : undefined
}

/** Reads each embedded picture's bytes once; unreadable or unsupported pictures drop out. */
async function resolvePictures(docx: DocxPackage, pieces: DocxBodyPiece[]) {
  const cache = new Map<string, Uint8Array | undefined>()
  const resolved: ResolvedPiece[] = []
  for (const piece of pieces) {
    if (piece.kind !== 'picture') {
      resolved.push(piece)
      continue
    }
    if (piece.remoteUrl) {
      resolved.push({ kind: 'resolvedPicture', remoteUrl: piece.remoteUrl })
      continue
    }
    const partName = piece.partName ?? ''
    if (!cache.has(partName)) {
      const bytes = await docx.readPicture(partName)
      cache.set(partName, bytes && sniffImageType(bytes) ? bytes : undefined)
    }
    const bytes = cache.get(partName)
    if (bytes) {
      resolved.push({ kind: 'resolvedPicture', bytes })
    }
  }
  return resolved
}

function attachCaptions(pieces: ResolvedPiece[]): ReadBlock[] {
  const bodySizePt = bodyFontSize(pieces)
  const blocks: ReadBlock[] = []
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]
    if (piece.kind === 'line') {
      blocks.push({ kind: 'paragraph', text: piece.text, hints: piece.hints })
      continue
    }
    if (piece.kind === 'table') {
      blocks.push({ kind: 'attachment', node: piece.node })
      continue
    }
    const next = pieces[index + 1]
    const caption = next?.kind === 'line' && isPhotoCaption(next, bodySizePt) ? next : undefined
    if (caption) {
      index++
    }
    const image: SourceImage = { kind: 'image', ...splitPhotoCredit(caption?.text ?? '') }
    if (piece.bytes) {
      image.bytes = piece.bytes
    } else {
      image.remoteUrl = piece.remoteUrl
    }
    blocks.push(image)
  }
  return blocks
}

/** The font size carrying the most text, as structure detection measures body text. */
function bodyFontSize(pieces: ResolvedPiece[]): number | undefined {
  const weights = new Map<number, number>()
  for (const piece of pieces) {
    const size = piece.kind === 'line' ? piece.hints.fontSizePt : undefined
    if (piece.kind === 'line' && size !== undefined) {
      weights.set(size, (weights.get(size) ?? 0) + piece.text.length)
    }
  }
  let best: number | undefined
  for (const [size, weight] of weights) {
    if (best === undefined || weight > (weights.get(best) ?? 0)) {
      best = size
    }
  }
  return best
}
