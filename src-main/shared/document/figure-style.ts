/** How one occurrence of a figure is written, so that it can be rendered from its value. */
export interface FigureStyle {
  /** The occurrence as written with `{v}` for the number, e.g. "{v}万吨", "{v}余米". */
  template: string
  /** Multiplier of the written number to base units: 10000 for 万吨, 100000000 for 亿元. */
  scale: number
  /** chinese-liang writes 2 as 两 (两家, 两千), as the source did. */
  numerals: 'arabic' | 'chinese' | 'chinese-liang'
  /** Thousands separators as in "1,200". */
  grouping: boolean
  /** Decimals written at least ("2.50" → 2). */
  decimals: number
  /** Changes are written as a magnitude after 增长/下降: the value's sign lives in the prose. */
  magnitude: boolean
  /** Digits and point written full-width (１２．５), as some typists do; "," stays ASCII. */
  fullWidth: boolean
}

export const defaultFigureStyle: FigureStyle = {
  template: '{v}',
  scale: 1,
  numerals: 'arabic',
  grouping: false,
  decimals: 0,
  magnitude: false,
  fullWidth: false,
}
