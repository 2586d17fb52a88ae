import { NotificationKinds, type PreferencesPatch } from '@onstream/common';
import { effectivePreferences, preferencePaths } from '../accounts/preferences.js';
import { wantsEmail } from './notification-email.rule.js';

const account = (preferences: PreferencesPatch = {}, extra: { emailVerified?: boolean; disabledAt?: Date | null } = {}) => ({ emailVerified: true, disabledAt: null, preferences, ...extra });

describe('notification e-mail rules', () => {
  it('by default e-mails every kind except comment replies', () => {
    expect(NotificationKinds.filter((kind) => wantsEmail(account(), kind))).toEqual(['episode.new', 'upload.ready', 'payment.failed', 'subscription.renews-soon']);
  });

  it('follows a per-kind opt-in and opt-out', () => {
    const changed = account({ notificationEmails: { commentReply: true, paymentFailed: false } });
    expect(wantsEmail(changed, 'comment.reply')).toBe(true);
    expect(wantsEmail(changed, 'payment.failed')).toBe(false);
    expect(wantsEmail(changed, 'upload.ready')).toBe(true);
  });

  it('sends nothing when notification e-mails are off altogether, whatever the kinds say', () => {
    const off = account({ emailNotifications: false, notificationEmails: { commentReply: true } });
    expect(NotificationKinds.filter((kind) => wantsEmail(off, kind))).toEqual([]);
  });

  it('never e-mails an unconfirmed address or a disabled account', () => {
    expect(wantsEmail(account({}, { emailVerified: false }), 'payment.failed')).toBe(false);
    expect(wantsEmail(account({}, { disabledAt: new Date() }), 'payment.failed')).toBe(false);
  });

  it('fills defaults inside the nested group, keeping what the user changed', () => {
    const preferences = effectivePreferences({ language: 'de', notificationEmails: { commentReply: true } });
    expect(preferences.language).toBe('de');
    expect(preferences.notificationEmails).toEqual({ episodeNew: true, uploadReady: true, paymentFailed: true, subscriptionRenewsSoon: true, commentReply: true });
  });

  it('patches only the given preferences and kinds (dotted paths)', () => {
    expect(preferencePaths({ autoplayNext: false, notificationEmails: { commentReply: true } })).toEqual({
      'preferences.autoplayNext': false,
      'preferences.notificationEmails.commentReply': true,
    });
    expect(preferencePaths(undefined)).toEqual({});
  });
});
