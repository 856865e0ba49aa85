/**
 * How many elements a piece of markup (XML or HTML) opens, counted from its text without parsing:
 * each `<` followed by a letter starts one. Comments, declarations and end tags are not counted;
 * a `<` inside an attribute value may be, which only errs on the side of counting more.
 */
export function countMarkupElements(markup: string): number {
  let count = 0
  let index = markup.indexOf('<')
  while (index !== -1) {
    const next = markup.charCodeAt(index + 1)
    // A-Z or a-z
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      count++
    }
    index = markup.indexOf('<', index + 1)
  }
  return count
}
