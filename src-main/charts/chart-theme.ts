/**
 * The look of every chart, fit for print: drawn for 8 cm wide (320 units of 0.25 mm), labels no
 * smaller than 7 pt there, the report's sans-serif (黑体) faces, a restrained palette led by the
 * report's red, light rules only where values are read, and no chart junk (no frame, no ticks,
 * no shadows, no 3-D, no tooltips).
 */
export const chartTheme = {
  /** Width of every chart in SVG units; at 8 cm wide one unit is 0.25 mm. */
  width: 320,
  heights: { card: 112, note: 18, plot: 200, legendRow: 18, ring: 220, itemsBase: 34, item: 28 },
  /** The printed width the design is for, and the resolution pictures are rendered at. */
  printWidthMm: 80,
  printDpi: 300,
  /** Font names as SVG and HTML name them; the first found on the machine also measures text. */
  fontFamily:
    "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimHei',sans-serif",
  fontSizes: {
    label: 11,
    axis: 10,
    legend: 11,
    unit: 10,
    cardLabel: 14,
    cardValue: 34,
    cardUnit: 14,
    cardChange: 12,
    note: 10,
  },
  colors: {
    text: '#333333',
    muted: '#767676',
    rule: '#e6e6e6',
    axis: '#bdbdbd',
    pending: '#8a8a8a',
    up: '#b71c1c',
    down: '#2e6b3a',
    remainder: '#e0e0e0',
    palette: [
      '#b71c1c',
      '#1f4e79',
      '#c98a2b',
      '#5b7f4a',
      '#7a5c8e',
      '#8c8c8c',
      '#3d7f8c',
      '#a6534a',
    ],
  },
  /** The word a missing value is drawn with: never a zero, never left out silently. */
  pendingWord: '待填',
} as const
