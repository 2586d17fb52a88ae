import { Module } from '@nestjs/common';
import { CatalogGatewayModule } from '../../catalog/catalog.module.js';
import { SeedSignIn } from '../shared/seed-sign-in.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { SeedUsers } from '../shared/seed-users.js';
import { OnstreamAccountController } from './onstream-account.controller.js';
import { OnstreamAdminController } from './onstream-admin.controller.js';
import { OnstreamCatalogController } from './onstream-catalog.controller.js';
import { OnstreamLibraryController } from './onstream-library.controller.js';

/** Seed 000, the OnStream backend API contracts, at its /api paths (docs/compat.md). */
@Module({
  imports: [CatalogGatewayModule],
  controllers: [OnstreamAccountController, OnstreamCatalogController, OnstreamLibraryController, OnstreamAdminController],
  providers: [SeedSignIn, SeedMovies, SeedUsers],
})
export class OnstreamApiCompatModule {}
