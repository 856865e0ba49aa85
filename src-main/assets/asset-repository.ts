import type { Db } from '../db/open-database'

export interface StoredAsset {
  id: number
  reportId: number | null
  mimeType: string
  bytes: Buffer
  caption: string
  credit: string
}

/** Image bytes kept inside the workspace file, so a report travels as one file. */
export function createAssetRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO assets (report_id, mime_type, bytes, caption, credit, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const byId = db.prepare(
    'SELECT id, report_id AS reportId, mime_type AS mimeType, bytes, caption, credit FROM assets WHERE id = ?',
  )
  return {
    insert(asset: Omit<StoredAsset, 'id'>): number {
      const result = insert.run(
        asset.reportId,
        asset.mimeType,
        asset.bytes,
        asset.caption,
        asset.credit,
        new Date().toISOString(),
      )
      return Number(result.lastInsertRowid)
    },
    get(id: number): StoredAsset | undefined {
      return byId.get(id) as StoredAsset | undefined
    },
  }
}

export type AssetRepository = ReturnType<typeof createAssetRepository>
