import { DomainError, ErrorCodes, hasPermission, ownsOrMay, type AuthUser } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';

/** The video's creator (with the caption power) or staff and admins (who reach everyone's captions). */
export function managesCaptions(actor: AuthUser, video: VideoDocument): boolean {
  return hasPermission(actor, 'media.captions.write') && ownsOrMay(actor, video.ownerId, 'media.captions.admin');
}

/** As for videos, someone else's video reads as not found. */
export function requireCaptionManager(actor: AuthUser, video: VideoDocument | null): VideoDocument {
  if (!video || !managesCaptions(actor, video)) throw DomainError.notFound('The video');
  return video;
}

/**
 * A BCP 47 tag in canonical case (`en-gb` → `en-GB`), by the runtime's ICU, which refuses what is
 * not well-formed; `und` and private-use-only tags name no language a player could offer.
 */
export function canonicalLanguage(tag: string): string {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (!canonical || canonical === 'und' || canonical.startsWith('x-')) {
    throw new DomainError(ErrorCodes.MediaCaptionLanguageInvalid, 400, `"${tag}" is not a BCP 47 language tag (such as en, pt-BR, zh-Hant).`, { errors: [{ field: 'language', message: 'must be a BCP 47 language tag' }] });
  }
  return canonical;
}

/** The language's own name for itself (`Français`), the label players show when the creator gave none. */
export function defaultLabel(language: string): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}
