import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { sniffImageType } from './image-type'

/** The largest image accepted, after base64 decoding. */
export const maxImageBytes = 20 * 1024 * 1024

/** Stores an image for a report after checking its bytes really are a supported image. */
export function addImage(
  workspace: Workspace,
  input: { reportId: number; dataBase64: string; caption: string; credit: string },
): { assetId: number; mimeType: string } {
  requireReport(workspace, input.reportId)
  const bytes = Buffer.from(input.dataBase64, 'base64')
  if (bytes.length > maxImageBytes) {
    throw new AppError('file_too_large', {
      size: `${(bytes.length / 1048576).toFixed(1)} MB`,
      limit: '20 MB',
    })
  }
  const mimeType = sniffImageType(bytes)
  if (!mimeType) {
    throw new AppError('unsupported_image')
  }
  const assetId = workspace.assets.insert({
    reportId: input.reportId,
    mimeType,
    bytes,
    caption: input.caption,
    credit: input.credit,
  })
  return { assetId, mimeType }
}

/** An image's bytes for display or export. */
export function getImage(
  workspace: Workspace,
  assetId: number,
): { mimeType: string; dataBase64: string } {
  const asset = workspace.assets.get(assetId)
  if (!asset) {
    throw new AppError('asset_not_found', { id: assetId })
  }
  return { mimeType: asset.mimeType, dataBase64: asset.bytes.toString('base64') }
}
