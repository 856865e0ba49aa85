/** The files the import reads: text is decoded here and shown; Word and web pages go to main as bytes. */
export type ImportFileKind = 'text' | 'docx' | 'html'

/** The kind of an import file by its name, or undefined when it cannot be imported. */
export function importFileKind(name: string): ImportFileKind | undefined {
  if (/\.txt$/i.test(name)) {
    return 'text'
  }
  if (/\.docx$/i.test(name)) {
    return 'docx'
  }
  if (/\.html?$/i.test(name)) {
    return 'html'
  }
  return undefined
}
