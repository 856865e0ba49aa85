import { genericHeads } from '../shared/extraction/label-lexicon'

/** Longest section title kept when it qualifies a label. */
const maximumQualifierLength = 12
const maximumLabelLength = 60

function shortTitle(title: string): string {
  const clean = title.replace(/\s+/g, '')
  return clean.length > maximumQualifierLength ? clean.slice(0, maximumQualifierLength) : clean
}

/** What tells an import's series apart: its label, unit and the section it first appears in. */
export interface LabelCandidate {
  label: string
  unit: string
  sectionTitle: string
}

/**
 * Labels for an import's series that are unique within the report and never a bare generic head.
 * Series sharing a label are told apart by their units when those all differ ("超薄压延光伏玻璃
 * （片）", "…（毫米）"), else by the section their figure first appears in ("项目（项目建设
 * 跑出加速度）"), and if that still repeats, by place ("…，第2处"); a bare 增幅 gets its section
 * too. The review list shows every one for a person to confirm.
 */
export function uniqueSeriesLabels(candidates: LabelCandidate[]): string[] {
  const groups = new Map<string, LabelCandidate[]>()
  for (const candidate of candidates) {
    groups.set(candidate.label, [...(groups.get(candidate.label) ?? []), candidate])
  }
  const qualified = candidates.map(({ label, unit, sectionTitle }) => {
    const group = groups.get(label) ?? []
    const units = new Set(group.map((member) => member.unit))
    if (group.length > 1 && units.size === group.length && unit) {
      return `${label}（${unit}）`
    }
    const needsQualifier = group.length > 1 || genericHeads.has(label)
    const title = shortTitle(sectionTitle)
    return needsQualifier && title ? `${label}（${title}）` : label
  })
  const seen = new Map<string, number>()
  return qualified.map((label) => {
    const nth = (seen.get(label) ?? 0) + 1
    seen.set(label, nth)
    const unique =
      nth === 1
        ? label
        : `${label.replace(/）$/, '')}${label.endsWith('）') ? '，' : '（'}第${nth}处）`
    return unique.slice(0, maximumLabelLength)
  })
}
