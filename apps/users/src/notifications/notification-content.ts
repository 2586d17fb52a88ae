import type {
  AssetReadyEvent, CommentRepliedEvent, EpisodeCreatedEvent, NotificationKind, PaymentFailedEvent, SubscriptionRenewsSoonEvent,
} from '@onstream/common';

/** What one fact tells its recipients; the dedupe key makes a repeated fact a no-op per recipient. */
export interface NotificationContent {
  kind: NotificationKind;
  dedupeKey: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

const LIMIT = 200;
/** Names come from other services (and from users): plain text, one line, bounded. */
const clean = (text: string) => text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim().slice(0, LIMIT);

export function episodeNew(event: EpisodeCreatedEvent): NotificationContent {
  const number = event.seasonNumber !== null && event.episodeNumber !== null ? `S${event.seasonNumber}E${event.episodeNumber} ` : '';
  return {
    kind: 'episode.new',
    dedupeKey: `episode.new:${event.episodeId}`,
    title: `New episode of ${clean(event.seriesName)}`,
    body: `${number}“${clean(event.episodeName)}” is now available.`,
    data: { seriesId: event.seriesId, seasonId: event.seasonId, episodeId: event.episodeId },
  };
}

export function uploadReady(event: AssetReadyEvent): NotificationContent {
  // Events published before the video's metadata travelled with them have no title.
  const title = event.video?.title;
  const name = typeof title === 'string' && title ? `“${clean(title)}”` : 'Your video';
  return {
    kind: 'upload.ready',
    dedupeKey: `upload.ready:${event.assetId}`,
    title: 'Your upload is ready',
    body: `${name} has finished processing and can be published.`,
    data: { videoId: event.videoId, assetId: event.assetId },
  };
}

export function paymentFailed(event: PaymentFailedEvent): NotificationContent {
  return {
    kind: 'payment.failed',
    dedupeKey: `payment.failed:${event.transactionId}`,
    title: 'Your payment failed',
    body: `The payment of ${money(event.amount, event.currency)} for ${clean(event.description)} did not go through (${clean(event.failureCode)}). Check your payment method.`,
    data: { transactionId: event.transactionId },
  };
}

export function subscriptionRenewsSoon(event: SubscriptionRenewsSoonEvent): NotificationContent {
  return {
    kind: 'subscription.renews-soon',
    dedupeKey: `subscription.renews-soon:${event.subscriptionId}:${event.renewsAt}`,
    title: 'Your subscription renews soon',
    body: `${clean(event.planName)} renews on ${event.renewsAt.slice(0, 10)} for ${money(event.amount, event.currency)} plus applicable tax.`,
    data: { subscriptionId: event.subscriptionId, planId: event.planId },
  };
}

export function commentReply(event: CommentRepliedEvent, replierName: string | null): NotificationContent {
  return {
    kind: 'comment.reply',
    dedupeKey: `comment.reply:${event.commentId}`,
    title: 'New reply to your comment',
    body: `${replierName ? clean(replierName) : 'Someone'} replied to your comment.`,
    data: { commentId: event.commentId, parentCommentId: event.parentCommentId, targetType: event.targetType, targetId: event.targetId },
  };
}

/** Minor units to a display amount in the currency's own number of decimals (EUR 999 → €9.99). */
export function money(amount: number, currency: string): string {
  // Intl accepts any well-formed ISO 4217 code (unknown ones print as the code itself).
  if (!/^[A-Z]{3}$/.test(currency)) return `${amount} (minor units)`;
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
