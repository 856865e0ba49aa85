import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { api } from '../../api/api-client'
import { useNotify } from '../../app/notice-context'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

type Sheet = ChannelOutput<'metrics.readSpreadsheet'>['sheets'][number]
type Mapping = Sheet['mapping']
type PreviewRow = ChannelOutput<'metrics.previewSpreadsheet'>['rows'][number]

interface SpreadsheetImportDialogProps {
  reportId: number
  /** The report's year, so the guess picks that year's column. */
  year: number | undefined
  onChanged: () => Promise<void>
  onClose: () => void
}

const maxFileBytes = 10 * 1024 * 1024
const headerChoices = 30

/** 0 → A, 25 → Z, 26 → AA, as spreadsheets name columns. */
function columnName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : columnName(Math.floor(index / 26) - 1) + letter
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '')
    reader.onerror = () => reject(reader.error ?? new Error(file.name))
    reader.readAsDataURL(file)
  })
}

function isImportable(row: PreviewRow): boolean {
  const matched = row.status === 'exact' || row.status === 'fuzzy'
  return matched && row.seriesId !== undefined && row.value !== undefined
}

function MappingFields({
  sheets,
  sheetIndex,
  rows,
  mapping,
  onSheet,
  onMapping,
}: {
  sheets: Sheet[]
  sheetIndex: number
  rows: string[][]
  mapping: Mapping
  onSheet: (index: number) => void
  onMapping: (mapping: Mapping) => void
}) {
  const { t } = useTranslation()
  const columnCount = rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  const headerRow = mapping.headerRow === null ? undefined : rows[mapping.headerRow]
  const columnOptions = Array.from({ length: columnCount }, (_, column) => {
    const header = headerRow?.[column] || (rows.find((row) => row[column])?.[column] ?? '')
    return (
      <option key={column} value={column}>
        {t('ui.spreadsheetImport.columnOption', {
          column: columnName(column),
          header: header.slice(0, 20),
        })}
      </option>
    )
  })
  const { labelColumn, valueColumn } = mapping
  const withUnit = (value: string) => {
    const base = { headerRow: mapping.headerRow, labelColumn, valueColumn }
    return value === '' ? base : { ...base, unitColumn: Number(value) }
  }

  return (
    <>
      <div className="field-row">
        {sheets.length > 1 && (
          <label className="field grow">
            <span>{t('ui.spreadsheetImport.sheet')}</span>
            <select value={sheetIndex} onChange={(event) => onSheet(Number(event.target.value))}>
              {sheets.map((sheet, index) => (
                <option key={index} value={index}>
                  {sheet.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field grow">
          <span>{t('ui.spreadsheetImport.headerRow')}</span>
          <select
            value={mapping.headerRow ?? ''}
            onChange={(event) => {
              const value = event.target.value
              onMapping({ ...mapping, headerRow: value === '' ? null : Number(value) })
            }}
          >
            <option value="">{t('ui.spreadsheetImport.noHeader')}</option>
            {rows.slice(0, headerChoices).map((row, index) => (
              <option key={index} value={index}>
                {t('ui.spreadsheetImport.rowOption', {
                  row: index + 1,
                  text: row
                    .filter((cell) => cell !== '')
                    .join(' | ')
                    .slice(0, 40),
                })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>{t('ui.spreadsheetImport.labelColumn')}</span>
          <select
            value={labelColumn}
            onChange={(event) => onMapping({ ...mapping, labelColumn: Number(event.target.value) })}
          >
            {columnOptions}
          </select>
        </label>
        <label className="field grow">
          <span>{t('ui.spreadsheetImport.valueColumn')}</span>
          <select
            value={valueColumn}
            onChange={(event) => onMapping({ ...mapping, valueColumn: Number(event.target.value) })}
          >
            {columnOptions}
          </select>
        </label>
        <label className="field grow">
          <span>{t('ui.spreadsheetImport.unitColumn')}</span>
          <select
            value={mapping.unitColumn ?? ''}
            onChange={(event) => onMapping(withUnit(event.target.value))}
          >
            <option value="">{t('ui.spreadsheetImport.noUnitColumn')}</option>
            {columnOptions}
          </select>
        </label>
      </div>
    </>
  )
}

type YearCell = NonNullable<PreviewRow['years']>[number]

/** An earlier year of a table of years: added, the same, to replace only when ticked, or unreadable. */
function YearCellView({
  row,
  cell,
  replacing,
  onReplace,
}: {
  row: PreviewRow
  cell: YearCell
  replacing: ReadonlySet<string>
  onReplace: (key: string) => void
}) {
  const { t } = useTranslation()
  const key = `${row.rowNumber}:${cell.year}`
  if (cell.state === 'replace') {
    return (
      <label className="small year-cell" data-testid="spreadsheet-year" data-state={cell.state}>
        <input type="checkbox" checked={replacing.has(key)} onChange={() => onReplace(key)} />
        {t('ui.spreadsheetImport.yearReplace', {
          year: cell.year,
          value: cell.displayText,
          stored: cell.storedText,
        })}
      </label>
    )
  }
  const text = {
    new: () => t('ui.spreadsheetImport.yearNew', { year: cell.year, value: cell.displayText }),
    same: () => t('ui.spreadsheetImport.yearSame', { year: cell.year, value: cell.displayText }),
    invalid: () => t('ui.spreadsheetImport.yearInvalid', { year: cell.year, reason: cell.message }),
  }[cell.state]()
  return (
    <div className="small year-cell" data-testid="spreadsheet-year" data-state={cell.state}>
      {text}
    </div>
  )
}

function MatchedRows({
  rows,
  checked,
  onToggle,
  replacing,
  onReplace,
}: {
  rows: PreviewRow[]
  checked: ReadonlySet<number>
  onToggle: (rowNumber: number) => void
  replacing: ReadonlySet<string>
  onReplace: (key: string) => void
}) {
  const { t } = useTranslation()
  const withYears = rows.some((row) => (row.years ?? []).length > 0)
  const note = (row: PreviewRow) => {
    if (row.currentValueText === row.displayText) {
      return t('ui.spreadsheetImport.unchanged')
    }
    return row.code ? describeError(row) : t('ui.spreadsheetImport.exact')
  }
  return (
    <>
      <h3 className="small">{t('ui.spreadsheetImport.matched', { count: rows.length })}</h3>
      {rows.length === 0 && (
        <p className="muted small">{t('ui.spreadsheetImport.nothingMatched')}</p>
      )}
      {rows.length > 0 && (
        <table className="review-table" data-testid="spreadsheet-matched">
          <thead>
            <tr>
              <th />
              <th scope="col">{t('ui.spreadsheetImport.rowNumber')}</th>
              <th scope="col">{t('ui.spreadsheetImport.sheetLabel')}</th>
              <th scope="col">{t('ui.spreadsheetImport.series')}</th>
              <th scope="col">{t('ui.spreadsheetImport.newValue')}</th>
              <th scope="col">{t('ui.spreadsheetImport.currentValue')}</th>
              <th scope="col">{t('ui.spreadsheetImport.note')}</th>
              {withYears && <th scope="col">{t('ui.spreadsheetImport.earlierYears')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rowNumber} data-testid="spreadsheet-row" data-status={row.status}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('ui.spreadsheetImport.include', {
                      row: row.rowNumber,
                      label: row.label,
                    })}
                    checked={checked.has(row.rowNumber)}
                    onChange={() => onToggle(row.rowNumber)}
                  />
                </td>
                <td className="number">{row.rowNumber}</td>
                <td>{row.label}</td>
                <td>{row.seriesLabel}</td>
                <td className="number">{row.displayText}</td>
                <td className="number muted">{row.currentValueText ?? '—'}</td>
                <td className="small">{note(row)}</td>
                {withYears && (
                  <td>
                    {(row.years ?? []).map((cell) => (
                      <YearCellView
                        key={cell.year}
                        row={row}
                        cell={cell}
                        replacing={replacing}
                        onReplace={onReplace}
                      />
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

function ProblemRows({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation()
  if (rows.length === 0) {
    return null
  }
  return (
    <>
      <h3 className="small">{t('ui.spreadsheetImport.problems', { count: rows.length })}</h3>
      <table className="review-table" data-testid="spreadsheet-problems">
        <thead>
          <tr>
            <th scope="col">{t('ui.spreadsheetImport.rowNumber')}</th>
            <th scope="col">{t('ui.spreadsheetImport.sheetLabel')}</th>
            <th scope="col">{t('ui.spreadsheetImport.value')}</th>
            <th scope="col">{t('ui.spreadsheetImport.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber} data-testid="spreadsheet-problem" data-status={row.status}>
              <td className="number">{row.rowNumber}</td>
              <td>{row.label}</td>
              <td className="number">
                {row.valueText}
                {row.unit && ` ${row.unit}`}
              </td>
              <td className="small">
                {t('ui.spreadsheetImport.problemNote', {
                  status: t(`ui.spreadsheetImport.statuses.${row.status}`),
                  reason: describeError(row),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/**
 * Fills this year's values from a statistics bureau's .xlsx or .csv: the user picks the sheet and
 * the label, value and unit columns (guessed in advance), ticks the matched rows to import (fuzzy
 * matches start unticked) and sees why the others cannot be imported. Nothing is written before
 * the import button, and then in one go.
 */
export function SpreadsheetImportDialog({
  reportId,
  year,
  onChanged,
  onClose,
}: SpreadsheetImportDialogProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [sheets, setSheets] = useState<Sheet[]>([])
  const [sheetIndex, setSheetIndex] = useState(0)
  const [mapping, setMapping] = useState<Mapping>()
  const [preview, setPreview] = useState<PreviewRow[]>()
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set())
  const [replacing, setReplacing] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState<'reading' | 'matching' | 'applying'>()
  const [error, setError] = useState('')

  const rows = useMemo(() => sheets[sheetIndex]?.rows ?? [], [sheets, sheetIndex])
  const importable = (preview ?? []).filter(isImportable)
  const problems = (preview ?? []).filter((row) => !isImportable(row))
  const chosen = importable.filter((row) => checked.has(row.rowNumber))

  useEffect(() => {
    if (!mapping || rows.length === 0) {
      return
    }
    let current = true
    setBusy('matching')
    void api.call('metrics.previewSpreadsheet', { reportId, rows, mapping }).then((result) => {
      if (!current) {
        return
      }
      setBusy(undefined)
      if (!result.ok) {
        setPreview(undefined)
        setError(describeError(result))
        return
      }
      const exact = result.value.rows.filter((row) => row.status === 'exact')
      setError('')
      setPreview(result.value.rows)
      setChecked(new Set(exact.map((row) => row.rowNumber)))
      setReplacing(new Set())
    })
    return () => {
      current = false
    }
  }, [reportId, rows, mapping])

  const chooseFile = async (file: File | undefined) => {
    setSheets([])
    setMapping(undefined)
    setPreview(undefined)
    setError('')
    if (!file) {
      return
    }
    if (file.size > maxFileBytes) {
      const size = `${(file.size / 1048576).toFixed(1)} MB`
      setError(describeError({ code: 'file_too_large', params: { size, limit: '10 MB' } }))
      return
    }
    setBusy('reading')
    try {
      const dataBase64 = await readAsBase64(file)
      const input = { fileName: file.name, dataBase64, year }
      const result = await api.call('metrics.readSpreadsheet', input)
      if (!result.ok) {
        setError(describeError(result))
        return
      }
      setSheets(result.value.sheets)
      setSheetIndex(0)
      setMapping(result.value.sheets[0]?.mapping)
    } catch {
      setError(t('ui.spreadsheetImport.readFailed', { name: file.name }))
    } finally {
      setBusy(undefined)
    }
  }

  const chooseSheet = (index: number) => {
    setPreview(undefined)
    setSheetIndex(index)
    setMapping(sheets[index]?.mapping)
  }

  const toggle = (rowNumber: number) => {
    setChecked((previous) => {
      const next = new Set(previous)
      if (!next.delete(rowNumber)) {
        next.add(rowNumber)
      }
      return next
    })
  }

  const toggleReplace = (key: string) => {
    setReplacing((previous) => {
      const next = new Set(previous)
      if (!next.delete(key)) {
        next.add(key)
      }
      return next
    })
  }

  const apply = async () => {
    const values = chosen.flatMap((row) => [
      { seriesId: row.seriesId!, value: row.value! },
      ...(row.years ?? []).flatMap((cell) => {
        const replace = replacing.has(`${row.rowNumber}:${cell.year}`)
        const wanted = cell.state === 'new' || (cell.state === 'replace' && replace)
        return wanted && cell.value !== undefined
          ? [
              {
                seriesId: row.seriesId!,
                value: cell.value,
                year: cell.year,
                replace: replace || undefined,
              },
            ]
          : []
      }),
    ])
    setBusy('applying')
    const result = await api.call('metrics.applySpreadsheet', { reportId, values })
    setBusy(undefined)
    if (!result.ok) {
      setError(describeError(result))
      return
    }
    await onChanged()
    const { written, unchanged } = result.value
    const text =
      unchanged > 0
        ? t('ui.spreadsheetImport.appliedWithUnchanged', { count: written, unchanged })
        : t('ui.spreadsheetImport.applied', { count: written })
    notify({ kind: 'info', text })
    onClose()
  }

  return (
    <ModalDialog
      title={t('ui.spreadsheetImport.title')}
      onClose={onClose}
      testId="spreadsheet-import-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={chosen.length === 0 || busy !== undefined}
            onClick={() => void apply()}
          >
            {t('ui.spreadsheetImport.apply', { count: chosen.length })}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.spreadsheetImport.intro')}</p>
      <label className="field">
        <span>{t('ui.spreadsheetImport.file')}</span>
        <input
          type="file"
          accept=".xlsx,.csv"
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
      </label>
      <p className="muted small">{t('ui.spreadsheetImport.fileHint')}</p>
      {busy && busy !== 'applying' && (
        <p className="muted small" role="status">
          {t(`ui.spreadsheetImport.${busy}`)}
        </p>
      )}
      <FieldError message={error} />
      {mapping && (
        <MappingFields
          sheets={sheets}
          sheetIndex={sheetIndex}
          rows={rows}
          mapping={mapping}
          onSheet={chooseSheet}
          onMapping={setMapping}
        />
      )}
      {preview && (
        <>
          <MatchedRows
            rows={importable}
            checked={checked}
            onToggle={toggle}
            replacing={replacing}
            onReplace={toggleReplace}
          />
          <ProblemRows rows={problems} />
        </>
      )}
    </ModalDialog>
  )
}
