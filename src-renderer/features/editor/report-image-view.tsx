import type { ReactNodeViewProps } from '@tiptap/react'
import { NodeViewWrapper } from '@tiptap/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/api-client'

const imageCache = new Map<number, Promise<string | undefined>>()

function loadImage(assetId: number): Promise<string | undefined> {
  let loading = imageCache.get(assetId)
  if (!loading) {
    loading = api
      .call('assets.getImage', { assetId })
      .then((result) =>
        result.ok ? `data:${result.value.mimeType};base64,${result.value.dataBase64}` : undefined,
      )
    imageCache.set(assetId, loading)
  }
  return loading
}

/** A stored photo with its caption and photo credit, both editable in place. */
export function ReportImageView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const { t } = useTranslation()
  const assetId = Number(node.attrs.assetId)
  const [source, setSource] = useState<string>()
  const [missing, setMissing] = useState(false)

  useEffect(() => {
    let cancelled = false
    void loadImage(assetId).then((url) => {
      if (!cancelled) {
        setSource(url)
        setMissing(url === undefined)
      }
    })
    return () => {
      cancelled = true
    }
  }, [assetId])

  return (
    <NodeViewWrapper
      as="figure"
      className={selected ? 'report-image selected' : 'report-image'}
      data-testid="report-image"
    >
      {source && <img src={source} alt={String(node.attrs.caption)} draggable={false} />}
      {missing && <div className="image-missing">{t('ui.image.missing')}</div>}
      <figcaption contentEditable={false}>
        <input
          className="caption-input"
          aria-label={t('ui.image.caption')}
          placeholder={t('ui.image.caption')}
          value={String(node.attrs.caption)}
          onChange={(event) => updateAttributes({ caption: event.target.value })}
        />
        <input
          className="credit-input"
          aria-label={t('ui.image.credit')}
          placeholder={t('ui.image.credit')}
          value={String(node.attrs.credit)}
          onChange={(event) => updateAttributes({ credit: event.target.value })}
        />
      </figcaption>
    </NodeViewWrapper>
  )
}
