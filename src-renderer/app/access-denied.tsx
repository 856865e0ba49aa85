import { useTranslation } from 'react-i18next'

/**
 * What a tab without access to browser mode shows (no token in its address, no session cookie):
 * how to open the app, instead of an empty library that would look like lost reports.
 */
export function AccessDenied() {
  const { t } = useTranslation()
  const steps = t('ui.accessDenied.steps', { returnObjects: true }) as string[]
  return (
    <main className="access-denied" data-testid="access-denied">
      <h1>{t('ui.accessDenied.title')}</h1>
      <p>{t('ui.accessDenied.body')}</p>
      <p>{t('ui.accessDenied.how')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="muted small">{t('ui.accessDenied.note')}</p>
    </main>
  )
}
