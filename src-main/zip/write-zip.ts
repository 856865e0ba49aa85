import { crc32, deflateRawSync } from 'node:zlib'
import { zipFormat } from './zip-format'

/** One file of a new zip, its content deflated. */
export interface NewZipEntry {
  name: string
  data: Uint8Array
}

const {
  localHeaderSignature,
  localHeaderSize,
  centralHeaderSignature,
  centralHeaderSize,
  endRecordSignature,
  endRecordSize,
} = zipFormat

/** An MS-DOS date and time, as zip headers store them (two-second steps, local fields of `at`). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107)
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  }
}

/**
 * Writes a plain zip (no ZIP64, UTF-8 names, every entry deflated by Node's zlib) of a few small
 * entries, such as the parts of a Word package the app writes itself; `modified` is every
 * entry's time. Entries stay in the given order ([Content_Types].xml first for Office).
 */
export function writeZip(entries: readonly NewZipEntry[], modified = new Date()): Buffer {
  const { time, date } = dosDateTime(modified)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = deflateRawSync(entry.data)
    const shared = Buffer.alloc(26)
    shared.writeUInt16LE(20, 0)
    shared.writeUInt16LE(zipFormat.flags.utf8Name, 2)
    shared.writeUInt16LE(8, 4)
    shared.writeUInt16LE(time, 6)
    shared.writeUInt16LE(date, 8)
    shared.writeUInt32LE(crc32(entry.data), 10)
    shared.writeUInt32LE(data.length, 14)
    shared.writeUInt32LE(entry.data.length, 18)
    shared.writeUInt16LE(name.length, 22)
    const local = Buffer.alloc(localHeaderSize)
    local.writeUInt32LE(localHeaderSignature, 0)
    shared.copy(local, 4)
    const central = Buffer.alloc(centralHeaderSize)
    central.writeUInt32LE(centralHeaderSignature, 0)
    central.writeUInt16LE(20, 4)
    shared.copy(central, 6)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(endRecordSize)
  end.writeUInt32LE(endRecordSignature, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}
