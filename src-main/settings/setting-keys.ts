/** The keys the workspace's settings are stored under. */
export const settingKeys = {
  language: 'language',
  reviewer: 'reviewer',
} as const
