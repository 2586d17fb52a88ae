import { Module } from '@nestjs/common';
import { CatalogGatewayModule } from '../../catalog/catalog.module.js';
import { SeedMovies } from './seed-movies.js';
import { SeedSignIn } from './seed-sign-in.js';
import { SeedUsers } from './seed-users.js';

/** What the /api seeds (000–003) share: their movie and user mappings and the profile-scoped sign-in. */
@Module({
  imports: [CatalogGatewayModule],
  providers: [SeedSignIn, SeedMovies, SeedUsers],
  exports: [CatalogGatewayModule, SeedSignIn, SeedMovies, SeedUsers],
})
export class SeedCompatModule {}
