import { AppError } from '../shared/errors/app-error'
import { zipFormat } from './zip-format'

/** How much a zip file may hold before it is refused unread. */
export interface ZipLimits {
  /** The largest zip file accepted, in bytes. */
  maxFileBytes: number
  maxEntries: number
  /** The largest declared uncompressed size of one entry, in bytes. */
  maxEntryBytes: number
  /** The largest declared uncompressed size of all entries together, in bytes. */
  maxTotalBytes: number
  /** The highest compression ratio (uncompressed to compressed) accepted for a big entry. */
  maxRatio: number
  /** Entries whose declared uncompressed size is below this are not held to `maxRatio`. */
  ratioMinBytes: number
}

const megabyte = 1024 * 1024

/** Limits that fit any real .docx report (tens of pages and photos) with room to spare. */
export const defaultZipLimits: ZipLimits = {
  maxFileBytes: 30 * megabyte,
  maxEntries: 2000,
  maxEntryBytes: 50 * megabyte,
  maxTotalBytes: 200 * megabyte,
  maxRatio: 200,
  ratioMinBytes: megabyte,
}

/** One file in a zip, as its central directory declares it. */
export interface ZipEntryInfo {
  name: string
  /** 0 stored, 8 deflated: the only methods accepted. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the entry's local header in the zip file. */
  localHeaderOffset: number
  /** Offset of the entry's (compressed) data, just after its local header. */
  dataOffset: number
  /** General-purpose flags, CRC-32 and DOS modification time and date, as the directory gives them. */
  flags: number
  crc32: number
  modTime: number
  modDate: number
}

/** A zip file's entries by name, all within limits. */
export interface ZipInventory {
  entries: Map<string, ZipEntryInfo>
  totalUncompressedBytes: number
}

const {
  endRecordSignature,
  endRecordSize,
  maxCommentLength,
  zip64LocatorSignature,
  zip64LocatorSize,
  centralHeaderSignature,
  centralHeaderSize,
  localHeaderSignature,
  localHeaderSize,
} = zipFormat
const { encrypted: encryptedFlag, utf8Name: utf8NameFlag } = zipFormat.flags
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Reads a zip file's end record and central directory, without inflating anything, and refuses
 * the file when it is not a zip, is an old-style Word file or an encrypted document (an OLE
 * compound file), uses ZIP64, spanning, encryption or a method other than stored or deflated, or
 * when its declared sizes break `limits`: too big a file (`file_too_large`), too many entries
 * (`zip_too_many_entries`), too big an entry, too big a total or too high a compression ratio for a
 * big entry (`zip_too_large`, the usual zip bomb shapes). Every entry's local header must sit where
 * the directory says, with its data inside the file before the directory. Sizes are only as
 * honest as the directory: whoever inflates an entry must stop at its declared size.
 */
export function inspectZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipInventory {
  const limit = { ...defaultZipLimits, ...limits }
  if (bytes.length > limit.maxFileBytes) {
    throw new AppError('file_too_large', {
      size: formatMegabytes(bytes.length),
      limit: formatMegabytes(limit.maxFileBytes),
    })
  }
  if (compoundFileSignature.every((byte, index) => bytes[index] === byte)) {
    throw new AppError('docx_legacy_format')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  const entryCount = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  const isSpanned = view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0
  const locator = end - zip64LocatorSize
  const usesZip64 =
    entryCount === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff ||
    (locator >= 0 && view.getUint32(locator, true) === zip64LocatorSignature)
  if (isSpanned || usesZip64 || view.getUint16(end + 8, true) !== entryCount) {
    throw new AppError('zip_unsupported')
  }
  if (entryCount > limit.maxEntries) {
    throw new AppError('zip_too_many_entries', { count: entryCount, limit: limit.maxEntries })
  }
  if (entryCount === 0 || directoryOffset + directorySize > end) {
    throw new AppError('docx_not_zip')
  }
  return readCentralDirectory(view, directoryOffset, directorySize, entryCount, limit)
}

/** The end record's offset: the last signature whose comment fits exactly into the file. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - endRecordSize - maxCommentLength)
  for (let offset = view.byteLength - endRecordSize; offset >= lowest; offset--) {
    if (
      view.getUint32(offset, true) === endRecordSignature &&
      offset + endRecordSize + view.getUint16(offset + 20, true) === view.byteLength
    ) {
      return offset
    }
  }
  throw new AppError('docx_not_zip')
}

function readCentralDirectory(
  view: DataView,
  directoryOffset: number,
  directorySize: number,
  entryCount: number,
  limit: ZipLimits,
): ZipInventory {
  const directoryEnd = directoryOffset + directorySize
  const entries = new Map<string, ZipEntryInfo>()
  let totalUncompressedBytes = 0
  let offset = directoryOffset
  for (let index = 0; index < entryCount; index++) {
    if (offset + centralHeaderSize > directoryEnd) {
      throw new AppError('docx_not_zip')
    }
    if (view.getUint32(offset, true) !== centralHeaderSignature) {
      throw new AppError('docx_not_zip')
    }
    const flags = view.getUint16(offset + 8, true)
    const method = view.getUint16(offset + 10, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const uncompressedSize = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const localHeaderOffset = view.getUint32(offset + 42, true)
    const headerEnd = offset + centralHeaderSize + nameLength + extraLength + commentLength
    if (headerEnd > directoryEnd) {
      throw new AppError('docx_not_zip')
    }
    if (
      (flags & encryptedFlag) !== 0 ||
      (method !== 0 && method !== 8) ||
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      throw new AppError('zip_unsupported')
    }
    const nameBytes = new Uint8Array(
      view.buffer,
      view.byteOffset + offset + centralHeaderSize,
      nameLength,
    )
    const name = decodeName(nameBytes, (flags & utf8NameFlag) !== 0)
    const entry: ZipEntryInfo = {
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      dataOffset: 0,
      flags,
      crc32: view.getUint32(offset + 16, true),
      modTime: view.getUint16(offset + 12, true),
      modDate: view.getUint16(offset + 14, true),
    }
    checkEntrySize(entry, limit)
    totalUncompressedBytes += uncompressedSize
    if (totalUncompressedBytes > limit.maxTotalBytes) {
      throw new AppError('zip_too_large')
    }
    entry.dataOffset = checkLocalHeader(view, entry, directoryOffset)
    if (entries.has(name)) {
      throw new AppError('docx_not_zip')
    }
    entries.set(name, entry)
    offset = headerEnd
  }
  return { entries, totalUncompressedBytes }
}

function checkEntrySize(entry: ZipEntryInfo, limit: ZipLimits) {
  const { compressedSize, uncompressedSize, method } = entry
  if (uncompressedSize > limit.maxEntryBytes) {
    throw new AppError('zip_too_large')
  }
  if (method === 0 && compressedSize !== uncompressedSize) {
    throw new AppError('docx_not_zip')
  }
  const isBig = uncompressedSize >= limit.ratioMinBytes
  if (isBig && uncompressedSize > limit.maxRatio * Math.max(compressedSize, 1)) {
    throw new AppError('zip_too_large')
  }
}

/**
 * The local header must be where the directory says and its data must end before the directory;
 * returns where the data starts.
 */
function checkLocalHeader(view: DataView, entry: ZipEntryInfo, directoryOffset: number): number {
  const offset = entry.localHeaderOffset
  if (
    offset + localHeaderSize > directoryOffset ||
    view.getUint32(offset, true) !== localHeaderSignature
  ) {
    throw new AppError('docx_not_zip')
  }
  const nameLength = view.getUint16(offset + 26, true)
  const extraLength = view.getUint16(offset + 28, true)
  const dataOffset = offset + localHeaderSize + nameLength + extraLength
  if (dataOffset + entry.compressedSize > directoryOffset) {
    throw new AppError('docx_not_zip')
  }
  return dataOffset
}

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8 || bytes.every((byte) => byte < 0x80)) {
    return new TextDecoder('utf-8').decode(bytes)
  }
  // Names without the UTF-8 flag are CP437; no Word part is named outside ASCII, so latin1 will do.
  return new TextDecoder('latin1').decode(bytes)
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / megabyte
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${megabytes.toFixed(1)} MB`
}
