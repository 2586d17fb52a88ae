import { Module } from '@nestjs/common';
import { SeedCompatModule } from '../shared/seed-compat.module.js';
import { NetflixAccountController } from './netflix-account.controller.js';
import { NetflixMoviesController } from './netflix-movies.controller.js';
import { SeedWatchlistController } from './seed-watchlist.controller.js';

/** Seed 001, the Netflix clone backend contracts, at its /api paths (docs/compat.md); its shared paths live in seed 000's module. */
@Module({
  imports: [SeedCompatModule],
  controllers: [NetflixAccountController, NetflixMoviesController, SeedWatchlistController],
})
export class NetflixCloneCompatModule {}
