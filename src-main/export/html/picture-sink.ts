/** Where an HTML export's photos go: each photo's bytes in, the text its `src` holds out. */
export interface PictureSink {
  slot(mimeType: string, bytes: Uint8Array): string
}
