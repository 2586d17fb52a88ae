import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from '@onstream/common';

/** Stored preferences hold only what the user changed; defaults fill the rest (also inside nested groups). */
export function effectivePreferences(stored: PreferencesPatch | undefined): Preferences {
  return {
    ...DEFAULT_PREFERENCES,
    ...(stored ?? {}),
    notificationEmails: { ...DEFAULT_PREFERENCES.notificationEmails, ...(stored?.notificationEmails ?? {}) },
  };
}

/** The dotted `$set` paths of a patch, so that only the given preferences (and nested kinds) change. */
export function preferencePaths(patch: PreferencesPatch | undefined): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined) continue;
    if (key === 'notificationEmails') {
      for (const [kind, optIn] of Object.entries(value as Record<string, unknown>)) if (optIn !== undefined) set[`preferences.notificationEmails.${kind}`] = optIn;
    } else {
      set[`preferences.${key}`] = value;
    }
  }
  return set;
}
