/**
 * The largest colspan and rowspan a table cell may have. colspan stops where the importers stop
 * (64); a pasted colspan of 10⁸ would otherwise make the editor build 10⁸ columns and run out of
 * memory. rowspan can only reach as far as the table has rows; its limit is the one browsers use.
 */
export const maxCellSpans = { colspan: 64, rowspan: 65534 } as const
