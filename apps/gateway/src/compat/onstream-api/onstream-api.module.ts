import { Module } from '@nestjs/common';
import { SeedCompatModule } from '../shared/seed-compat.module.js';
import { OnstreamAccountController } from './onstream-account.controller.js';
import { OnstreamAdminController } from './onstream-admin.controller.js';
import { OnstreamCatalogController } from './onstream-catalog.controller.js';
import { OnstreamLibraryController } from './onstream-library.controller.js';

/** Seed 000, the OnStream backend API contracts, at its /api paths (docs/compat.md). */
@Module({
  imports: [SeedCompatModule],
  controllers: [OnstreamAccountController, OnstreamCatalogController, OnstreamLibraryController, OnstreamAdminController],
})
export class OnstreamApiCompatModule {}
