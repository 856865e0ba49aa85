import { basename, extname, resolve } from 'node:path'
import type { ChartFormat } from '../shared/charts/chart-formats'
import { chartFormats } from '../shared/charts/chart-formats'
import type { ChartType } from '../shared/charts/chart-types'
import { chartTypes } from '../shared/charts/chart-types'
import type { CliCommand } from './cli-command'
import { CliError } from './cli-command'
import { AppError } from '../shared/errors/app-error'
import { extractFigures } from '../shared/extraction/extract-figures'
import { rangeSeparatorAt } from '../shared/extraction/lexicon'
import { toPublicFigure } from '../shared/extraction/public-figure'
import { readInputFile, readTextFile } from './read-input-file'
import { importFileExtensions } from '../import/read-import-file'
import { checkText } from '../checks/check-text'
import { checkRuleRows, formatCheckRuleRows } from '../checks/check-rule-rows'
import type { CheckFinding } from '../shared/checks/check-finding'
import { writeFileAtomicallyAbortable } from '../files/write-file-atomically-abortable'
import { exportFormats } from '../shared/export/export-formats'
import { exportProfileNames } from '../shared/export/export-profile-names'
import type { PendingFigure } from '../export/report-export-source'
import { sectionsInReadingOrder } from '../reports/report-text'
import { resolveWorkspaceFile } from '../workspace/start-workspace'
import { backupsFolderFor } from '../backup/backup-location'
import { listBackups } from '../backup/list-backups'
import { restoreClosedWorkspace } from '../backup/restore-closed-workspace'
import { teamUserCommand } from './team-user-command'

function requireYear(value: string | boolean | undefined): number {
  const year = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(year)) {
    throw new CliError('请用 --year 指定报告年份，例如 --year 2025', 2)
  }
  return year
}

function requireReportId(value: string | boolean | undefined): number {
  const id = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(id) || id <= 0) {
    throw new CliError('请用 --report 指定报告编号，例如 --report 1', 2)
  }
  return id
}

/** A positive id given as --<option>; `what` says which numbers and where they come from. */
function requireOptionId(
  value: string | boolean | undefined,
  option: string,
  what = '指标编号（见 metrics 命令的 seriesId）',
): number {
  const id = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(id) || id <= 0) {
    throw new CliError(`请用 --${option} 指定${what}，例如 --${option} 3`, 2)
  }
  return id
}

const placementOptions = { after: 'string', before: 'string', inside: 'string' } as const

/** Exactly one of --after, --before and --inside, as a placement in the outline. */
function requirePlacement(
  options: Record<string, string | boolean | undefined>,
): { after: number } | { before: number } | { inside: number } {
  const given = (['after', 'before', 'inside'] as const).filter(
    (name) => options[name] !== undefined,
  )
  if (given.length !== 1) {
    throw new CliError(
      '请用 --after、--before 或 --inside 中的一个指定位置（节的编号见 sections 命令）。',
      2,
    )
  }
  const [name] = given
  const id = requireOptionId(options[name], name, '节的编号（见 sections 命令）')
  return name === 'after' ? { after: id } : name === 'before' ? { before: id } : { inside: id }
}

function requirePositional(positionals: string[], index: number, what: string): string {
  const value = positionals[index]
  if (!value) {
    throw new CliError(`缺少参数：${what}`, 2)
  }
  return value
}

/** A finding as `check --json` prints it: exactly these fields, `suggestion` null when there is none. */
function publicFinding({ rule, severity, message, start, end, suggestion }: CheckFinding) {
  return { rule, severity, message, start, end, suggestion: suggestion ?? null }
}

/** The stderr warning for figures exported as 【待填…】, one line each: label and section. */
function pendingWarning(pending: PendingFigure[]): string {
  const lines = pending.map(
    (figure) => `  · ${figure.label || '（未命名数字）'}（${figure.sectionTitle}）`,
  )
  return [`注意：有 ${pending.length} 处数字待填，导出文件中显示为【待填…】：`, ...lines].join('\n')
}

/** "2025", or two years joined as a range is in the report's text: 2021-2025, 2021～2025, 2021至2025. */
function readYearSpan(text: string): [number, number] | undefined {
  const first = /^\d{4}/.exec(text)?.[0]
  if (!first) {
    return undefined
  }
  const rest = text.slice(first.length).trim()
  if (rest === '') {
    return [Number(first), Number(first)]
  }
  const separator = rangeSeparatorAt(rest, 0)
  const last = separator === undefined ? '' : rest.slice(separator.length).trim()
  return /^\d{4}$/.test(last) ? [Number(first), Number(last)] : undefined
}

/** "2021-2025" (or "2025") as the number of years a chart spans, which must end in `reportYear`. */
function chartYearsOption(
  value: string | boolean | undefined,
  type: ChartType,
  reportYear: number,
): number {
  if (value === undefined) {
    return type === 'line' || type === 'bar' ? 5 : 1
  }
  const span = typeof value === 'string' ? readYearSpan(value.trim()) : undefined
  if (!span) {
    throw new CliError('请用 --years 写出年份，例如 --years 2021-2025', 2)
  }
  const [first, last] = span
  if (last !== reportYear || first > last) {
    throw new CliError(
      `图表的年份须截止到报告年份：--years ${first}-${reportYear}（报告为 ${reportYear} 年）`,
      2,
    )
  }
  return last - first + 1
}

/** The CLI's commands; each is a thin layer over the same contract channels the app uses. */
export const cliCommands: Record<string, CliCommand> = {
  import: {
    usage:
      'import <file.txt|.docx|.html> --year <Y> [--title T] [--fetch-images] [--db PATH] [--json]',
    options: { year: 'string', title: 'string', 'fetch-images': 'boolean' },
    run: async ({ positionals, options, call }) => {
      const file = requirePositional(positionals, 0, '要导入的文件')
      const year = requireYear(options.year)
      if (!importFileExtensions.includes(extname(file).toLowerCase())) {
        throw new CliError(`不支持的文件类型：${file}。可导入 .docx、.html/.htm 或 .txt 文件。`)
      }
      const bytes = readInputFile(file)
      const title = typeof options.title === 'string' ? options.title : undefined
      const { reportId } = await call('import.file', {
        fileName: basename(file),
        dataBase64: bytes.toString('base64'),
        fetchRemoteImages: options['fetch-images'] === true ? true : undefined,
        year,
        title,
      })
      return { json: { reportId }, text: `已导入，报告编号 ${reportId}` }
    },
  },
  check: {
    usage: 'check <file.txt> [--year Y] | check --report <id> [--db PATH] | check --rules [--json]',
    options: { report: 'string', year: 'string', rules: 'boolean' },
    run: async ({ positionals, options, call }) => {
      if (options.rules === true) {
        const rows = checkRuleRows()
        return { json: rows, text: formatCheckRuleRows(rows) }
      }
      if (options.report !== undefined) {
        const findings = await call('checks.run', { reportId: requireReportId(options.report) })
        const json = findings
          .filter((finding) => !finding.dismissed)
          .map((finding) => ({ ...publicFinding(finding), sectionId: finding.sectionId }))
        return {
          json,
          text: json
            .map(
              (item) =>
                `节 ${item.sectionId} [${item.start}-${item.end}] ${item.severity} ${item.message}`,
            )
            .join('\n'),
        }
      }
      const text = readTextFile(
        requirePositional(positionals, 0, '要检查的文本文件（或 --report <编号>）'),
      )
      const year = options.year === undefined ? undefined : requireYear(options.year)
      const json = checkText(text, { year }).map(publicFinding)
      return {
        json,
        text: json
          .map((item) => `[${item.start}-${item.end}] ${item.severity} ${item.message}`)
          .join('\n'),
      }
    },
  },
  extract: {
    usage: 'extract <file> [--json]',
    options: {},
    run: async ({ positionals }) => {
      const figures = extractFigures(
        readTextFile(requirePositional(positionals, 0, '要识别数字的文本文件')),
      )
      const json = figures.map(toPublicFigure)
      return {
        json,
        text: json
          .map(
            (figure) =>
              `${figure.start}\t${figure.text}\t${figure.value} ${figure.unit}\t${figure.label}`,
          )
          .join('\n'),
      }
    },
  },
  show: {
    usage: 'show --report <id> [--db PATH] [--json]',
    options: { report: 'string' },
    run: async ({ options, call }) => {
      const shown = await call('reports.text', { id: requireReportId(options.report) })
      return {
        json: shown,
        text: [
          `${shown.year} ${shown.title}`,
          ...shown.sections.map((section) => section.text),
        ].join('\n\n'),
      }
    },
  },
  sections: {
    usage: 'sections --report <id> [--db PATH] [--json]',
    options: { report: 'string' },
    run: async ({ options, call }) => {
      const { sections } = await call('reports.open', { id: requireReportId(options.report) })
      const rows = sectionsInReadingOrder(sections).map(
        ({ id, parentId, position, kind, title }) => ({ id, parentId, position, kind, title }),
      )
      return {
        json: rows,
        text: rows
          .map((row) => `${row.id}\t${row.parentId === null ? '' : '  '}${row.kind}\t${row.title}`)
          .join('\n'),
      }
    },
  },
  'section-add': {
    usage:
      'section-add --report <id> --kind heading|subsection --title <名称> [--after <SID> | --before <SID> | --inside <SID>] [--db PATH] [--json]',
    options: { report: 'string', kind: 'string', title: 'string', ...placementOptions },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      const kind = options.kind
      if (kind !== 'heading' && kind !== 'subsection') {
        throw new CliError('请用 --kind heading（栏目）或 --kind subsection（小节）指定类别。', 2)
      }
      if (typeof options.title !== 'string' || !options.title.trim()) {
        throw new CliError('请用 --title 写出名称。', 2)
      }
      const placement = requirePlacement(options)
      const done = await call('sections.structure', {
        op: 'add',
        reportId,
        kind,
        title: options.title,
        placement,
      })
      return { json: { sectionId: done.sectionId }, text: `已添加：编号 ${done.sectionId}` }
    },
  },
  'section-move': {
    usage:
      'section-move --section <SID> (--after <SID> | --before <SID> | --inside <SID>) [--db PATH] [--json]',
    options: { section: 'string', ...placementOptions },
    run: async ({ options, call }) => {
      const sectionId = requireOptionId(options.section, 'section', '节的编号（见 sections 命令）')
      const placement = requirePlacement(options)
      const done = await call('sections.structure', { op: 'move', sectionId, placement })
      return { json: { sectionId: done.sectionId }, text: `已移动：编号 ${done.sectionId}` }
    },
  },
  'section-delete': {
    usage: 'section-delete --section <SID> [--db PATH] [--json]',
    options: { section: 'string' },
    run: async ({ options, call }) => {
      const sectionId = requireOptionId(options.section, 'section', '节的编号（见 sections 命令）')
      const done = await call('sections.structure', { op: 'delete', sectionId })
      return {
        json: { sectionId: done.sectionId, deleted: true },
        text: `已移入本报告的回收站：编号 ${done.sectionId}（可在应用中恢复）`,
      }
    },
  },
  export: {
    usage:
      'export --report <id> --format docx|html|wechat [--profile newspaper|gongwen] --out <file|folder> [--fail-on-pending] [--db PATH]',
    options: {
      report: 'string',
      format: 'string',
      profile: 'string',
      out: 'string',
      'fail-on-pending': 'boolean',
    },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      const format = exportFormats.find((item) => item === options.format)
      if (!format) {
        throw new CliError('请用 --format docx、--format html 或 --format wechat 指定导出格式。', 2)
      }
      const profileName = typeof options.profile === 'string' ? options.profile : 'newspaper'
      const profile = exportProfileNames.find((item) => item === profileName)
      if (!profile) {
        throw new CliError(`未知的导出样式：${profileName}（可选 newspaper、gongwen）`, 2)
      }
      if (typeof options.out !== 'string' || !options.out) {
        const example = format === 'wechat' ? '公众号 或 --out 公众号.zip' : `答卷.${format}`
        throw new CliError(
          `请用 --out 指定输出${format === 'wechat' ? '文件夹' : '文件'}，例如 --out ${example}`,
          2,
        )
      }
      const out = options.out
      const saved = await call('export.toFile', {
        reportId,
        format,
        profile,
        path: resolve(out),
        refuseIfPending: options['fail-on-pending'] === true,
      })
      const warnings = saved.pending.length > 0 ? [pendingWarning(saved.pending)] : []
      if (!saved.written) {
        throw new CliError(`${warnings[0]}\n因指定了 --fail-on-pending，未导出。`)
      }
      return {
        json: { file: out, bytes: saved.bytes, pendingFigures: saved.pending.length },
        text: `已导出：${out}`,
        warnings,
      }
    },
  },
  compare: {
    usage: 'compare --report <id> [--format docx --out <file.docx>] [--db PATH] [--json]',
    options: { report: 'string', format: 'string', out: 'string' },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      if (options.format === undefined && options.out === undefined) {
        const comparison = await call('compare.report', { reportId })
        const marks = { paired: ' ', added: '+', removed: '-' } as const
        return {
          json: comparison,
          text: comparison.sections
            .map(
              (section) =>
                `${marks[section.status]}${section.changed ? '*' : ' '} ${section.title}`,
            )
            .join('\n'),
        }
      }
      if (options.format !== 'docx') {
        throw new CliError('请用 --format docx 指定对比稿的格式（带修订痕迹的 Word 文件）。', 2)
      }
      if (typeof options.out !== 'string' || !options.out) {
        throw new CliError('请用 --out 指定输出文件，例如 --out 对比稿.docx', 2)
      }
      const out = options.out
      const saved = await call('compare.toFile', { reportId, path: resolve(out) })
      return { json: { file: out, bytes: saved.bytes }, text: `已导出对比稿：${out}` }
    },
  },
  rollforward: {
    usage: 'rollforward --report <id> [--force] [--db PATH] [--json]',
    options: { report: 'string', force: 'boolean' },
    run: async ({ options, call }) => {
      const id = requireReportId(options.report)
      const successor = (await call('reports.list', {})).find(
        (report) => report.predecessorId === id,
      )
      if (successor && options.force !== true) {
        throw new CliError(
          `${successor.year}年的报告已经存在（编号 ${successor.id}：${successor.title}）。确要再建一份，请加 --force。`,
        )
      }
      const result = await call('reports.rollForward', {
        id,
        confirmSecond: options.force === true ? true : undefined,
      })
      const suggestions = result.suggestions.map(
        ({ id, sectionId, start, end, oldText, proposedText, kind }) => ({
          id,
          sectionId,
          start,
          end,
          oldText,
          proposedText,
          kind,
        }),
      )
      return {
        json: { reportId: result.reportId, pending: result.pending, suggestions },
        text: [
          `已生成下一年度报告，编号 ${result.reportId}；待填数字 ${result.pending} 处，年份建议 ${suggestions.length} 条。`,
          ...suggestions.map(
            (item) =>
              `  节 ${item.sectionId} [${item.start}-${item.end}] ${item.oldText} → ${item.proposedText}`,
          ),
        ].join('\n'),
      }
    },
  },
  metrics: {
    usage: 'metrics --report <id> [--db PATH] [--json]',
    options: { report: 'string' },
    run: async ({ options, call }) => {
      const metrics = await call('metrics.list', { reportId: requireReportId(options.report) })
      const rows = metrics.rows.map((row) => ({
        seriesId: row.id,
        label: row.label,
        unit: row.unit,
        displayUnit: row.displayUnit,
        kind: row.kind,
        year: metrics.year,
        value: row.current?.value ?? null,
        previousValue: row.previous?.value ?? null,
        reviewStatus: row.current?.reviewStatus ?? 'pending',
        occurrences: row.occurrences.length,
        linkedTo: row.baseSeriesId,
        change: row.change,
        changeUnit: row.changeUnit,
        direction: row.direction,
      }))
      return {
        json: rows,
        text: rows
          .map(
            (row) =>
              `${row.seriesId}\t${row.label}\t${row.value ?? '待填'}\t${row.previousValue ?? '—'}\t${row.unit}`,
          )
          .join('\n'),
      }
    },
  },
  relabel: {
    usage: 'relabel --report <id> --series <指标编号> --label <新名称> [--db PATH] [--json]',
    options: { report: 'string', series: 'string', label: 'string' },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      const seriesId = requireOptionId(options.series, 'series')
      if (typeof options.label !== 'string' || !options.label.trim()) {
        throw new CliError('请用 --label 写出新名称，例如 --label 城镇居民人均可支配收入增幅', 2)
      }
      const series = await call('metrics.relabel', {
        reportId,
        seriesId,
        label: options.label.trim(),
      })
      return {
        json: { seriesId: series.id, label: series.label },
        text: `已改名：${series.id} → ${series.label}`,
      }
    },
  },
  merge: {
    usage: 'merge --report <id> --from <指标编号> --into <指标编号> [--db PATH] [--json]',
    options: { report: 'string', from: 'string', into: 'string' },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      const fromSeriesId = requireOptionId(options.from, 'from')
      const intoSeriesId = requireOptionId(options.into, 'into')
      const series = await call('metrics.merge', { reportId, fromSeriesId, intoSeriesId })
      return {
        json: { seriesId: series.id, label: series.label, mergedFrom: fromSeriesId },
        text: `已合并：${fromSeriesId} → ${series.id}（${series.label}）`,
      }
    },
  },
  'set-value': {
    usage:
      'set-value --report <id> --label <指标名> --value <如 3700万吨> [--confirm-direction] [--db PATH] [--json]',
    options: { report: 'string', label: 'string', value: 'string', 'confirm-direction': 'boolean' },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      if (typeof options.label !== 'string' || !options.label.trim()) {
        throw new CliError('请用 --label 指定指标名，例如 --label 原煤产量', 2)
      }
      if (typeof options.value !== 'string' || !options.value.trim()) {
        throw new CliError('请用 --value 写出数值，例如 --value 3700万吨', 2)
      }
      const label = options.label.trim()
      const metrics = await call('metrics.list', { reportId })
      const matches = metrics.rows.filter((row) => row.label === label)
      if (matches.length !== 1) {
        const error =
          matches.length === 0
            ? new AppError('label_not_found', { label })
            : new AppError('label_ambiguous', {
                label,
                ids: matches.map((row) => row.id).join('、'),
              })
        throw new CliError(error.message)
      }
      const series = matches[0]!
      const value = await call('metrics.setValue', {
        reportId,
        seriesId: series.id,
        text: options.value.trim(),
        ...(options['confirm-direction'] === true ? { confirmDirection: true } : {}),
      })
      return {
        json: {
          seriesId: series.id,
          label,
          year: metrics.year,
          value: value.value,
          unit: series.unit,
        },
        text: `已填写：${label} ${metrics.year}年 = ${options.value.trim()}`,
      }
    },
  },
  chart: {
    usage:
      'chart --report <id> --series <指标编号>[,<指标编号>…] [--years 2021-2025] --type card|line|bar|ring --format svg|png --out <file> [--caption 图题] [--note 注] [--db PATH] [--json]',
    options: {
      report: 'string',
      series: 'string',
      years: 'string',
      type: 'string',
      format: 'string',
      out: 'string',
      caption: 'string',
      note: 'string',
    },
    run: async ({ options, call }) => {
      const reportId = requireReportId(options.report)
      const seriesIds = String(options.series ?? '')
        .split(/[,，]/)
        .filter((item) => item.trim() !== '')
        .map((item) => requireOptionId(item.trim(), 'series'))
      if (seriesIds.length === 0) {
        requireOptionId(undefined, 'series')
      }
      const type = options.type as ChartType
      if (!chartTypes.includes(type)) {
        throw new CliError('请用 --type card、line、bar 或 ring 指定图表类型', 2)
      }
      const format = (options.format ?? 'svg') as ChartFormat
      if (!chartFormats.includes(format)) {
        throw new CliError('请用 --format svg 或 --format png 指定图片格式', 2)
      }
      if (typeof options.out !== 'string' || !options.out) {
        throw new CliError(`请用 --out 指定输出文件，例如 --out 原煤产量.${format}`, 2)
      }
      const report = (await call('reports.list', {})).find((item) => item.id === reportId)
      if (!report) {
        throw new CliError(new AppError('report_not_found', { id: reportId }).message)
      }
      const chart = {
        chartType: type,
        seriesIds,
        years: chartYearsOption(options.years, type, report.year),
        caption: typeof options.caption === 'string' ? options.caption : '',
        note: typeof options.note === 'string' ? options.note : '',
      }
      const drawn = await call('charts.render', { reportId, chart, format })
      const bytes =
        format === 'png'
          ? Buffer.from(drawn.pngBase64 ?? '', 'base64')
          : Buffer.from(drawn.svg, 'utf8')
      await writeFileAtomicallyAbortable(options.out, bytes)
      const warnings =
        drawn.pendingLabels.length > 0
          ? [
              `注意：${drawn.pendingLabels.join('、')}还没有 ${report.year} 年的数值，图中显示为“待填”。`,
            ]
          : []
      return {
        json: {
          file: options.out,
          bytes: bytes.length,
          caption: drawn.caption,
          alt: drawn.alt,
          pendingLabels: drawn.pendingLabels,
        },
        text: `已绘制：${options.out}${drawn.caption ? `（${drawn.caption}）` : ''}\n${drawn.alt}`,
        warnings,
      }
    },
  },
  backups: {
    usage: 'backups [--db PATH] [--json]',
    options: {},
    run: async ({ options }) => {
      const workspaceFile = resolveWorkspaceFile(options.db as string | undefined)
      const backups = listBackups(workspaceFile)
      return {
        json: backups,
        text: [
          `备份位置：${backupsFolderFor(workspaceFile)}`,
          ...backups.map((item) => `${item.file}\t${item.bytes}`),
        ].join('\n'),
      }
    },
  },
  restore: {
    usage: 'restore <backup> [--db PATH] [--json]',
    options: {},
    run: async ({ positionals, options }) => {
      const backup = requirePositional(
        positionals,
        0,
        '要恢复的备份（文件名或路径，可用 backups 命令查看）',
      )
      try {
        const restored = await restoreClosedWorkspace(
          resolveWorkspaceFile(options.db as string | undefined),
          backup,
        )
        const moved = restored.movedTo
          ? `原工作区已移到：${restored.movedTo}`
          : '原先没有工作区文件。'
        return { json: restored, text: `已从备份恢复：${restored.restoredFrom}\n${moved}` }
      } catch (error) {
        throw new CliError((error as Error).message)
      }
    },
  },
  list: {
    usage: 'list [--db PATH] [--json]',
    options: {},
    run: async ({ call }) => {
      const reports = await call('reports.list', {})
      const rows = reports.map(({ id, year, title }) => ({ id, year, title }))
      return {
        json: rows,
        text: rows.map((row) => `${row.id}\t${row.year}\t${row.title}`).join('\n'),
      }
    },
  },
  'team-user': teamUserCommand,
}
