// The body a kill-test save writes for (section, version): deterministic, so the parent can check every stored byte.
const phrase = '全区经济运行稳中有进，重点项目加快建设，民生保障持续加强。'
const sizes = [40, 400, 3000, 9000]

/** The stored JSON of the document saved as `version` of `sectionId` (some small, some spanning overflow pages). */
export function expectedDocument(sectionId, version) {
  const size = sizes[(sectionId * 31 + version * 17) % sizes.length]
  const filler = phrase.repeat(Math.ceil(size / phrase.length)).slice(0, size)
  const text = `第${version}版（第${sectionId}节）${filler}${version}`
  return JSON.stringify({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  })
}

/** The title the app derives from that body (its first characters). */
export function expectedTitle(sectionId, version) {
  return `第${version}版（第${sectionId}节）`
}
