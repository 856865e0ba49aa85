import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import type { ZipEntryInfo, ZipLimits } from '../../zip/inspect-zip'
import { inspectZip } from '../../zip/inspect-zip'
import { zipFormat } from '../../zip/zip-format'

/** New content for one entry; `compress` deflates it, otherwise it is stored as is. */
export interface ZipEntryReplacement {
  data: Uint8Array
  compress: boolean
}

/**
 * Decides an entry's fate: undefined keeps its compressed bytes as they are; a replacement
 * writes new content under the same name. `read` inflates the current content on demand.
 */
export type ZipEntryEditor = (
  name: string,
  read: () => Uint8Array,
) => ZipEntryReplacement | undefined

/** An entry as it is written: its directory fields and its (compressed) data. */
interface WrittenEntry {
  nameBytes: Uint8Array
  flags: number
  method: number
  modTime: number
  modDate: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  data: Uint8Array
}

/** Our own packages have no limits to hold them to; inspectZip still checks their structure. */
const ownPackage: ZipLimits = {
  maxFileBytes: Number.MAX_SAFE_INTEGER,
  maxEntries: 0xfffe,
  maxEntryBytes: Number.MAX_SAFE_INTEGER,
  maxTotalBytes: Number.MAX_SAFE_INTEGER,
  maxRatio: Number.POSITIVE_INFINITY,
  ratioMinBytes: 0,
}

const {
  localHeaderSignature: localSignature,
  centralHeaderSignature: centralSignature,
  endRecordSignature: endSignature,
  localHeaderSize,
  centralHeaderSize,
  endRecordSize,
} = zipFormat
const { dataDescriptor: dataDescriptorFlag, utf8Name: utf8NameFlag } = zipFormat.flags

/**
 * Rewrites a zip that this app's own exporter produced (plain zip: no ZIP64, spanning or
 * encryption), copying each kept entry's compressed bytes unchanged and writing replaced entries
 * afresh with Node's native zlib. This is how the Word export puts its pictures in the package
 * stored (pictures are already compressed) without running them through a pure-JS DEFLATE.
 */
export function repackZip(zip: Uint8Array, edit: ZipEntryEditor): Buffer {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of inspectZip(zip, ownPackage).entries.values()) {
    const compressed = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
    const replacement = edit(entry.name, () => inflateEntry(entry, compressed))
    const written = replacement ? replacedEntry(entry, replacement) : keptEntry(entry, compressed)
    const header = localHeader(written)
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

function inflateEntry(entry: ZipEntryInfo, compressed: Uint8Array): Uint8Array {
  return entry.method === 0 ? compressed : inflateRawSync(compressed)
}

function keptEntry(entry: ZipEntryInfo, data: Uint8Array): WrittenEntry {
  return { ...entry, nameBytes: Buffer.from(entry.name, 'utf8'), data }
}

function replacedEntry(entry: ZipEntryInfo, replacement: ZipEntryReplacement): WrittenEntry {
  const data = replacement.compress ? deflateRawSync(replacement.data) : replacement.data
  return {
    ...entry,
    nameBytes: Buffer.from(entry.name, 'utf8'),
    method: replacement.compress ? 8 : 0,
    crc32: crc32(replacement.data),
    compressedSize: data.length,
    uncompressedSize: replacement.data.length,
    data,
  }
}

/** The fields local and central headers share, from "version needed" to the extra length. */
function writeSharedFields(header: Buffer, at: number, entry: WrittenEntry): void {
  header.writeUInt16LE(20, at)
  header.writeUInt16LE((entry.flags & ~dataDescriptorFlag) | utf8NameFlag, at + 2)
  header.writeUInt16LE(entry.method, at + 4)
  header.writeUInt16LE(entry.modTime, at + 6)
  header.writeUInt16LE(entry.modDate, at + 8)
  header.writeUInt32LE(entry.crc32, at + 10)
  header.writeUInt32LE(entry.compressedSize, at + 14)
  header.writeUInt32LE(entry.uncompressedSize, at + 18)
  header.writeUInt16LE(entry.nameBytes.length, at + 22)
  header.writeUInt16LE(0, at + 24)
}

function localHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(localHeaderSize)
  header.writeUInt32LE(localSignature, 0)
  writeSharedFields(header, 4, entry)
  return header
}

function centralHeader(entry: WrittenEntry, localHeaderOffset: number): Buffer {
  const header = Buffer.alloc(centralHeaderSize)
  header.writeUInt32LE(centralSignature, 0)
  header.writeUInt16LE(20, 4)
  writeSharedFields(header, 6, entry)
  header.writeUInt32LE(localHeaderOffset, 42)
  return header
}
