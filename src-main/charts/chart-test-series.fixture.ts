import type { ChartSeriesData } from './chart-data'

/** Series as the chart tests draw them: 原煤产量 in 万吨 with 2022 missing, a rate, shares. */
export function chartTestSeries() {
  const series = (
    id: number,
    label: string,
    unit: string,
    displayUnit: string,
    kind: ChartSeriesData['kind'],
    values: [number, number | null][],
  ): ChartSeriesData => ({ id, label, unit, displayUnit, kind, values: new Map(values) })
  return {
    coal: series(1, '原煤产量', '吨', '万吨', 'amount', [
      [2021, 32_000_000],
      [2022, null],
      [2023, 35_000_000],
      [2024, 35_980_000],
      [2025, 37_000_000],
    ]),
    washed: series(2, '洗精煤产量', '吨', '万吨', 'amount', [
      [2021, 12_000_000],
      [2022, 15_000_000],
      [2023, 18_000_000],
      [2024, 19_980_000],
      [2025, 22_000_000],
    ]),
    goodAir: series(3, '空气质量优良天数比例', '%', '%', 'rate', [
      [2024, 72.1],
      [2025, 75.3],
    ]),
    growth: series(4, '规上工业增加值增速', '%', '%', 'change', [
      [2024, 3.5],
      [2025, -1.2],
    ]),
    revenue: series(5, '一般公共预算收入', '元', '元', 'amount', [
      [2024, 3_120_000_000],
      [2025, 3_500_000_000],
    ]),
    primary: series(6, '第一产业', '%', '%', 'rate', [[2025, 6.2]]),
    secondary: series(7, '第二产业', '%', '%', 'rate', [[2025, 48.1]]),
    tertiary: series(8, '第三产业', '%', '%', 'rate', [[2025, null]]),
  }
}
