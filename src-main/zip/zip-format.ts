/** The fixed parts of the zip format (PKWARE APPNOTE 4.3) that this app reads and writes. */
export const zipFormat = {
  localHeaderSignature: 0x04034b50,
  localHeaderSize: 30,
  centralHeaderSignature: 0x02014b50,
  centralHeaderSize: 46,
  endRecordSignature: 0x06054b50,
  endRecordSize: 22,
  zip64LocatorSignature: 0x07064b50,
  zip64LocatorSize: 20,
  maxCommentLength: 0xffff,
  flags: { encrypted: 0x1, dataDescriptor: 0x8, utf8Name: 0x800 },
} as const
