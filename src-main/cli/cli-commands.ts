import { extname } from 'node:path'
import type { CliCommand } from './cli-command'
import { CliError } from './cli-command'
import { extractFigures } from '../extraction/extract-figures'
import { toPublicFigure } from '../extraction/public-figure'
import { readTextFile } from './read-input-file'
import type { ExportProfileName } from '../export/export-report-docx'
import { exportProfileNames, exportReportDocx, writeFileAtomically } from '../export/export-report-docx'
import { resolveWorkspaceFile } from '../workspace/start-workspace'
import { openWorkspace } from '../workspace/workspace'

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

function requirePositional(positionals: string[], index: number, what: string): string {
  const value = positionals[index]
  if (!value) {
    throw new CliError(`缺少参数：${what}`, 2)
  }
  return value
}

/** The CLI's commands; each is a thin layer over the same contract channels the app uses. */
export const cliCommands: Record<string, CliCommand> = {
  import: {
    usage: 'import <file.txt> --year <Y> [--title T] [--db PATH] [--json]',
    options: { year: 'string', title: 'string' },
    run: async ({ positionals, options, call }) => {
      const file = requirePositional(positionals, 0, '要导入的文件')
      const year = requireYear(options.year)
      if (extname(file).toLowerCase() !== '.txt') {
        throw new CliError(`不支持的文件类型：${file}。目前可导入 .txt 文本文件。`)
      }
      const text = readTextFile(file)
      const title = typeof options.title === 'string' ? options.title : undefined
      const { reportId } = await call('import.text', { text, year, title })
      return { json: { reportId }, text: `已导入，报告编号 ${reportId}` }
    },
  },
  extract: {
    usage: 'extract <file> [--json]',
    options: {},
    run: async ({ positionals }) => {
      const figures = extractFigures(readTextFile(requirePositional(positionals, 0, '要识别数字的文本文件')))
      const json = figures.map(toPublicFigure)
      return {
        json,
        text: json.map((figure) => `${figure.start}\t${figure.text}\t${figure.value} ${figure.unit}\t${figure.label}`).join('\n'),
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
        text: [`${shown.year} ${shown.title}`, ...shown.sections.map((section) => section.text)].join('\n\n'),
      }
    },
  },
  export: {
    usage: 'export --report <id> --format docx [--profile newspaper|gongwen] --out <file> [--db PATH]',
    options: { report: 'string', format: 'string', profile: 'string', out: 'string' },
    run: async ({ options }) => {
      const reportId = requireReportId(options.report)
      if (options.format !== 'docx') {
        throw new CliError(
          options.format === 'html' ? 'HTML 导出尚未实现，目前可导出 --format docx。' : '请用 --format docx 指定导出格式。',
          2,
        )
      }
      const profile = (typeof options.profile === 'string' ? options.profile : 'newspaper') as ExportProfileName
      if (!exportProfileNames.includes(profile)) {
        throw new CliError(`未知的导出样式：${profile}（可选 newspaper、gongwen）`, 2)
      }
      if (typeof options.out !== 'string' || !options.out) {
        throw new CliError('请用 --out 指定输出文件，例如 --out 答卷.docx', 2)
      }
      const workspace = openWorkspace(resolveWorkspaceFile(options.db as string | undefined))
      try {
        const bytes = await exportReportDocx(workspace, reportId, profile)
        writeFileAtomically(options.out, bytes)
        return { json: { file: options.out, bytes: bytes.length }, text: `已导出：${options.out}` }
      } catch (error) {
        throw new CliError((error as Error).message)
      } finally {
        workspace.close()
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
}
