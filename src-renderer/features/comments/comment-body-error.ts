import { maxCommentLength } from '../../../src-main/shared/team/comment-schema'
import { i18n } from '../../i18n/i18n'

/** What is wrong with a comment's or reply's text before it is sent; '' when nothing. */
export function commentBodyError(body: string): string {
  if (body.trim() === '') {
    return i18n.t('ui.comments.bodyRequired')
  }
  if (body.length > maxCommentLength) {
    return i18n.t('ui.comments.tooLong', { max: maxCommentLength })
  }
  return ''
}
