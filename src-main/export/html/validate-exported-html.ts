import type { ConfigData } from 'html-validate'
import { HtmlValidate } from 'html-validate'

const rules: ConfigData['rules'] = {
  // Inline styles are the point of this export: WeChat's editor and CMSs drop <style> and classes.
  'no-inline-style': 'off',
}

const documentValidator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules,
})
const fragmentValidator = new HtmlValidate({ extends: ['html-validate:recommended'], rules })

/**
 * Test support: html-validate's messages for exported HTML ("rule: message at line:column"), empty
 * when valid. A whole document is also held to the document preset (doctype, heading levels).
 */
export async function validateExportedHtml(
  html: string,
  kind: 'document' | 'fragment' = 'document',
): Promise<string[]> {
  const validator = kind === 'document' ? documentValidator : fragmentValidator
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.ruleId}: ${message.message} at ${message.line}:${message.column}`,
    ),
  )
}
