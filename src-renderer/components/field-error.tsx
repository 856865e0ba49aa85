/** A form's error line, announced to screen readers. */
export function FieldError({ message }: { message: string }) {
  if (!message) {
    return null
  }
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  )
}
