import { describe, expect, it } from 'vitest'
import { exportFileName } from './export-file-name'

describe('exportFileName', () => {
  it('names the file after the title, the exported part and the profile', () => {
    const title = '2026年 上党区高质量发展答卷'
    expect(exportFileName({ title, profile: '报纸特刊', extension: 'docx' })).toBe(
      '2026年 上党区高质量发展答卷（报纸特刊）.docx',
    )
    expect(exportFileName({ title, part: ' 民生答卷暖人心 ', extension: 'html' })).toBe(
      '2026年 上党区高质量发展答卷·民生答卷暖人心.html',
    )
  })

  it('turns characters Windows refuses into their full-width forms', () => {
    const title = '答卷: "一/二"<三>|四?*\\五'
    expect(exportFileName({ title, extension: 'html' })).toBe(
      '答卷： “一／二“〈三〉｜四？＊＼五.html',
    )
  })

  it('drops control characters and a trailing dot or space', () => {
    const title = '答卷\u0000\t\n第一版. . '
    expect(exportFileName({ title, extension: 'docx' })).toBe('答卷第一版.docx')
  })

  it('prefixes a Windows device name', () => {
    expect(exportFileName({ title: 'CON', extension: 'docx' })).toBe('_CON.docx')
    expect(exportFileName({ title: 'lpt1.报告', extension: 'html' })).toBe('_lpt1.报告.html')
    expect(exportFileName({ title: 'Console', extension: 'html' })).toBe('Console.html')
  })

  it('names a file whose title leaves nothing', () => {
    expect(exportFileName({ title: ' .. ', extension: 'docx' })).toBe('答卷.docx')
  })

  it('shortens a long title to leave room for the folder', () => {
    const name = exportFileName({ title: '长'.repeat(300), profile: '报纸特刊', extension: 'docx' })
    expect(Array.from(name)).toHaveLength(125)
    expect(name.endsWith('长（报纸特刊）.docx')).toBe(true)
  })
})
