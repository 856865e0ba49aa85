import { crc32, deflateRawSync } from 'node:zlib'

/** One entry of a hand-made zip; the overrides make its headers lie. */
export interface TestZipEntry {
  name: string
  /** The entry's content; deflated unless `stored`, or written as is when `rawData` is given. */
  data?: Uint8Array
  /** Already compressed bytes written as the entry's data (method deflate). */
  rawData?: Uint8Array
  stored?: boolean
  declaredUncompressedSize?: number
  declaredCompressedSize?: number
  flags?: number
  method?: number
}

/** Whole-file overrides for a hand-made zip. */
export interface TestZipOptions {
  comment?: string
  declaredEntryCount?: number
}

/**
 * Writes a zip byte by byte (local headers, data, central directory, end record) so tests can
 * build archives no zip library would: lying sizes, counts and flags. Used only by tests.
 */
export function writeTestZip(entries: TestZipEntry[], options: TestZipOptions = {}): Uint8Array {
  const localParts: Uint8Array[] = []
  const centralParts: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name)
    const content = entry.data ?? new Uint8Array()
    const data = entry.rawData ?? (entry.stored ? content : deflateRawSync(content))
    const method = entry.method ?? (entry.stored ? 0 : 8)
    const fields = {
      flags: entry.flags ?? 0x800,
      method,
      crc: entry.rawData ? 0 : crc32(content),
      compressedSize: entry.declaredCompressedSize ?? data.length,
      uncompressedSize: entry.declaredUncompressedSize ?? content.length,
      nameLength: name.length,
    }
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    writeCommonFields(local, 6, fields)
    localParts.push(new Uint8Array(local.buffer), name, data)

    const central = new DataView(new ArrayBuffer(46))
    central.setUint32(0, 0x02014b50, true)
    central.setUint16(4, 20, true)
    central.setUint16(6, 20, true)
    writeCommonFields(central, 8, fields)
    central.setUint32(42, offset, true)
    centralParts.push(new Uint8Array(central.buffer), name)
    offset += 30 + name.length + data.length
  }
  const directorySize = centralParts.reduce((sum, part) => sum + part.length, 0)
  const comment = new TextEncoder().encode(options.comment ?? '')
  const end = new DataView(new ArrayBuffer(22))
  const count = options.declaredEntryCount ?? entries.length
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, count, true)
  end.setUint16(10, count, true)
  end.setUint32(12, directorySize, true)
  end.setUint32(16, offset, true)
  end.setUint16(20, comment.length, true)
  return concatenate([...localParts, ...centralParts, new Uint8Array(end.buffer), comment])
}

interface CommonFields {
  flags: number
  method: number
  crc: number
  compressedSize: number
  uncompressedSize: number
  nameLength: number
}

/** The fields local and central headers share, from "flags" to "extra length". */
function writeCommonFields(view: DataView, at: number, fields: CommonFields) {
  view.setUint16(at, fields.flags, true)
  view.setUint16(at + 2, fields.method, true)
  view.setUint32(at + 8, fields.crc, true)
  view.setUint32(at + 12, fields.compressedSize, true)
  view.setUint32(at + 16, fields.uncompressedSize, true)
  view.setUint16(at + 20, fields.nameLength, true)
}

function concatenate(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
}
