import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { addImage, getImage } from './asset-service'

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
let workspace: Workspace
let reportId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
})
afterEach(() => workspace.close())

describe('images', () => {
  it('stores an image with caption and credit and gives the same bytes back', () => {
    const { assetId, mimeType } = addImage(workspace, {
      reportId,
      dataBase64: png.toString('base64'),
      caption: '日盛达光伏车间',
      credit: '张国平 摄',
    })
    expect(mimeType).toBe('image/png')
    expect(getImage(workspace, assetId)).toEqual({
      mimeType: 'image/png',
      dataBase64: png.toString('base64'),
    })
    expect(workspace.assets.get(assetId)).toMatchObject({
      caption: '日盛达光伏车间',
      credit: '张国平 摄',
      reportId,
    })
  })

  it('refuses bytes that are not a supported image (an SVG with script) and stores nothing', () => {
    const svg = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64')
    expect(() =>
      addImage(workspace, { reportId, dataBase64: svg, caption: '', credit: '' }),
    ).toThrow(expect.objectContaining({ code: 'unsupported_image' }))
    expect(workspace.db.prepare('SELECT count(*) AS n FROM assets').get()).toEqual({ n: 0 })
  })

  it('refuses an image for a missing report', () => {
    expect(() =>
      addImage(workspace, {
        reportId: 99,
        dataBase64: png.toString('base64'),
        caption: '',
        credit: '',
      }),
    ).toThrow(expect.objectContaining({ code: 'report_not_found' }))
  })
})
