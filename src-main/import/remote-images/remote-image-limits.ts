const megabyte = 1024 * 1024

/** How much one import may download when the user asks for a web page's pictures. */
export interface RemoteImageLimits {
  /** The largest picture, and the longest one download may take. */
  imageBytes: number
  imageMs: number
  /** Pictures downloaded at once. */
  parallel: number
  /** For the whole import: pictures, bytes and time; pictures past them stay as lines with their address. */
  count: number
  totalBytes: number
  totalMs: number
}

export const remoteImageLimits: RemoteImageLimits = {
  imageBytes: 20 * megabyte,
  imageMs: 15_000,
  parallel: 4,
  count: 100,
  totalBytes: 200 * megabyte,
  totalMs: 60_000,
}
