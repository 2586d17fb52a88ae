import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError, ErrorCodes, type AuthUser, type ImportFromProviderRequest, type MaturityLevel, type SeriesImportResponse, type TitleInput } from '@onstream/common';
import { Types } from 'mongoose';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import { newTitleFields } from '../titles/title-fields.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import { TitlesService } from '../titles/titles.service.js';
import { METADATA_PROVIDER, type MetadataProvider } from './metadata-provider.js';
import { fromProvider, requireProvider } from './provider-calls.js';
import { ProviderDataRepository } from './provider-data.repository.js';
import { WatchProvidersService } from './watch-providers.service.js';

export interface SeasonCounts {
  seasons: number;
  episodes: number;
}

/**
 * Imports a TV series from the provider with its seasons and episodes, matched by TMDb id at
 * every level, so a repeated import refreshes in place instead of duplicating.
 */
@Injectable()
export class SeriesImportService {
  constructor(
    private readonly data: ProviderDataRepository,
    private readonly titlesService: TitlesService,
    private readonly changes: TitleChangeFeed,
    private readonly watch: WatchProvidersService,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
  ) {}

  /** `episodes: false` writes the series alone (the nightly refresh; the episodes backfill adds the rest). */
  async importSeries(request: ImportFromProviderRequest, options = { episodes: true }): Promise<SeriesImportResponse> {
    const series = await this.upsertSeries(request.actor, request.tmdbId);
    const counts = options.episodes ? await this.importSeasons(series.id, request.tmdbId, series.seasonNumbers, series.details.maturityLevel) : { seasons: 0, episodes: 0 };
    await this.watch.syncQuietly({ id: series.id, type: 'series', tmdbId: request.tmdbId });
    return { series: series.details, ...counts };
  }

  /** Seasons and episodes of a series already in the catalog (the episodes backfill). */
  async refreshEpisodes(seriesId: string, tmdbId: number, maturityLevel: MaturityLevel): Promise<SeasonCounts> {
    const provider = requireProvider(this.provider);
    const found = await fromProvider(provider, () => provider.series(tmdbId));
    if (!found) return { seasons: 0, episodes: 0 };
    return this.importSeasons(seriesId, tmdbId, found.seasonNumbers, maturityLevel);
  }

  private async upsertSeries(actor: AuthUser, tmdbId: number) {
    const provider = requireProvider(this.provider);
    const found = await fromProvider(provider, () => provider.series(tmdbId));
    if (!found) throw new DomainError(ErrorCodes.CatalogProviderTitleNotFound, 404, `${provider.name} has no series ${tmdbId}.`);
    const existing = await this.data.findByTmdbId('series', tmdbId);
    // Keep what the provider does not know (featured, a staff-set maturity) on an existing series.
    const { type: _type, ...changes } = found.series;
    const details = existing
      ? await this.titlesService.update({ actor, id: existing._id.toHexString(), changes })
      : await this.titlesService.create({ actor, title: found.series });
    return { id: details.id, details, seasonNumbers: found.seasonNumbers };
  }

  /** Seasons one after another (episodes of one season are one provider call); children share the series' maturity. */
  private async importSeasons(seriesId: string, tmdbId: number, seasonNumbers: number[], maturityLevel: MaturityLevel): Promise<SeasonCounts> {
    const provider = requireProvider(this.provider);
    const written: string[] = [];
    const newEpisodes: StoredTitle[] = [];
    const counts: SeasonCounts = { seasons: 0, episodes: 0 };
    const fieldsOf = (input: TitleInput) => newTitleFields({ ...input, maturityLevel });
    for (const seasonNumber of seasonNumbers) {
      const found = await fromProvider(provider, () => provider.season(tmdbId, seasonNumber));
      if (!found) continue;
      const { title: season } = await this.data.upsertChild(fieldsOf(found.season), new Types.ObjectId(seriesId));
      written.push(season._id.toHexString());
      counts.seasons += 1;
      for (const input of found.episodes) {
        const episode = await this.data.upsertChild(fieldsOf(input), season._id);
        written.push(episode.title._id.toHexString());
        if (episode.created) newEpisodes.push(episode.title);
        counts.episodes += 1;
      }
    }
    if (written.length > 0) await this.changes.titlesChanged(written);
    // Watchers of the series hear of episodes TMDb added since the last import (not of refreshed ones).
    for (const episode of newEpisodes) await this.titlesService.announceEpisode(episode);
    return counts;
  }
}
