import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

/** New content for one entry; `compress` deflates it, otherwise it is stored as is. */
export interface ZipEntryReplacement {
  data: Uint8Array
  compress: boolean
}

/**
 * Decides an entry's fate: undefined keeps its compressed bytes as they are; a replacement
 * writes new content under the same name. `read` inflates the current content on demand.
 */
export type ZipEntryEditor = (name: string, read: () => Uint8Array) => ZipEntryReplacement | undefined

interface CentralEntry {
  nameBytes: Uint8Array
  name: string
  flags: number
  method: number
  time: number
  date: number
  crc: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const localSignature = 0x04034b50
const centralSignature = 0x02014b50
const endSignature = 0x06054b50
const localHeaderSize = 30
const centralHeaderSize = 46
const endRecordSize = 22
const dataDescriptorFlag = 0x8
const utf8NameFlag = 0x800

/**
 * Rewrites a zip that this app's own exporter produced (plain zip: no ZIP64, spanning or
 * encryption), copying each kept entry's compressed bytes unchanged and writing replaced entries
 * afresh with Node's native zlib. This is how the Word export puts its pictures in the package
 * stored (pictures are already compressed) without running them through a pure-JS DEFLATE.
 */
export function repackZip(zip: Uint8Array, edit: ZipEntryEditor): Buffer {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of readCentralDirectory(view)) {
    const dataStart = localDataOffset(view, entry)
    const compressed = zip.subarray(dataStart, dataStart + entry.compressedSize)
    const replacement = edit(entry.name, () => inflateEntry(entry, compressed))
    const written = replacement ? replacedEntry(entry, replacement) : { ...entry, data: compressed }
    const header = entryHeader(localHeaderSize, localSignature, written)
    parts.push(header, written.nameBytes, written.data)
    central.push(centralHeader(written, offset), written.nameBytes)
    offset += header.length + written.nameBytes.length + written.data.length
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(endRecordSize)
  end.writeUInt32LE(endSignature, 0)
  end.writeUInt16LE(central.length / 2, 8)
  end.writeUInt16LE(central.length / 2, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...central, end])
}

function readCentralDirectory(view: DataView): CentralEntry[] {
  const end = view.byteLength - endRecordSize
  if (end < 0 || view.getUint32(end, true) !== endSignature) {
    throw new Error('repackZip: the zip has a comment or no end record')
  }
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries: CentralEntry[] = []
  for (let index = 0; index < count; index++) {
    if (view.getUint32(offset, true) !== centralSignature) {
      throw new Error('repackZip: damaged central directory')
    }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + offset + centralHeaderSize, nameLength)
    entries.push({
      nameBytes,
      name: Buffer.from(nameBytes).toString('utf8'),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    })
    offset += centralHeaderSize + nameLength + extraLength + commentLength
  }
  return entries
}

function localDataOffset(view: DataView, entry: CentralEntry): number {
  const at = entry.localHeaderOffset
  if (view.getUint32(at, true) !== localSignature) {
    throw new Error(`repackZip: no local header for ${entry.name}`)
  }
  return at + localHeaderSize + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
}

function inflateEntry(entry: CentralEntry, compressed: Uint8Array): Uint8Array {
  if (entry.method === 0) {
    return compressed
  }
  if (entry.method !== 8) {
    throw new Error(`repackZip: ${entry.name} uses compression method ${entry.method}`)
  }
  return inflateRawSync(compressed)
}

function replacedEntry(entry: CentralEntry, replacement: ZipEntryReplacement): CentralEntry & { data: Uint8Array } {
  const data = replacement.compress ? deflateRawSync(replacement.data) : replacement.data
  return {
    ...entry,
    method: replacement.compress ? 8 : 0,
    crc: crc32(replacement.data),
    compressedSize: data.length,
    uncompressedSize: replacement.data.length,
    data,
  }
}

/** The fields local and central headers share, from "version needed" to the extra length. */
function writeSharedFields(header: Buffer, at: number, entry: CentralEntry): void {
  header.writeUInt16LE(20, at)
  header.writeUInt16LE((entry.flags & ~dataDescriptorFlag) | utf8NameFlag, at + 2)
  header.writeUInt16LE(entry.method, at + 4)
  header.writeUInt16LE(entry.time, at + 6)
  header.writeUInt16LE(entry.date, at + 8)
  header.writeUInt32LE(entry.crc, at + 10)
  header.writeUInt32LE(entry.compressedSize, at + 14)
  header.writeUInt32LE(entry.uncompressedSize, at + 18)
  header.writeUInt16LE(entry.nameBytes.length, at + 22)
  header.writeUInt16LE(0, at + 24)
}

function entryHeader(size: number, signature: number, entry: CentralEntry): Buffer {
  const header = Buffer.alloc(size)
  header.writeUInt32LE(signature, 0)
  writeSharedFields(header, 4, entry)
  return header
}

function centralHeader(entry: CentralEntry, localHeaderOffset: number): Buffer {
  const header = Buffer.alloc(centralHeaderSize)
  header.writeUInt32LE(centralSignature, 0)
  header.writeUInt16LE(20, 4)
  writeSharedFields(header, 6, entry)
  header.writeUInt32LE(localHeaderOffset, 42)
  return header
}
