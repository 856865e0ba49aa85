import { describe, expect, it } from 'vitest'
import { checkRules } from '../shared/checks/check-rule-info'
import { readEvalCorpus } from './eval-corpus'

const corpus = readEvalCorpus(new URL('../../eval-corpus', import.meta.url).pathname)

describe('the held-out evaluation corpus', () => {
  it('has at least five texts of different places, each with labels', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5)
    expect(new Set(corpus.map((entry) => entry.place)).size).toBe(corpus.length)
    for (const entry of corpus) {
      expect(entry.figures.length).toBeGreaterThan(20)
      expect(entry.planted.length).toBeGreaterThan(2)
    }
  })

  it('labels figures in text order, each pointing at its own text', () => {
    for (const { text, figures } of corpus) {
      let previousEnd = 0
      for (const figure of figures) {
        expect(text.slice(figure.start, figure.end)).toBe(figure.text)
        expect(figure.start).toBeGreaterThanOrEqual(previousEnd)
        expect(['exact', 'over', 'about', 'under']).toContain(figure.qualifier)
        expect(['amount', 'count', 'change', 'rate']).toContain(figure.kind)
        expect(figure.label).not.toBe('')
        previousEnd = figure.end
      }
    }
  })

  it('writes each figure with the digits of its value', () => {
    // A cheap guard against typos in the labels: the value's leading digits are in the span
    // (Chinese numerals and multiplied-out 万/亿 values aside).
    for (const { figures } of corpus) {
      for (const figure of figures.filter((item) => /^\d/.test(item.text))) {
        const written = Number(/^[\d.]+/.exec(figure.text)![0])
        const scale = Math.abs(figure.value) / written
        expect([1, 1e4, 1e8]).toContain(Number(scale.toPrecision(6)))
      }
    }
  })

  it('plants errors of known rules at places in the text', () => {
    for (const { text, planted } of corpus) {
      for (const error of planted) {
        expect(checkRules).toContain(error.rule)
        expect(text.slice(error.start, error.end)).toBe(error.text)
      }
    }
  })
})
