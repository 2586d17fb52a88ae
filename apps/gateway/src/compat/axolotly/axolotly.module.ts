import { Module } from '@nestjs/common';
import { SeedCompatModule } from '../shared/seed-compat.module.js';
import { AxolotlyAdminController } from './axolotly-admin.controller.js';
import { AxolotlyDevicesController } from './axolotly-devices.controller.js';
import { AxolotlyFamilyController } from './axolotly-family.controller.js';
import { AxolotlyReportsController } from './axolotly-reports.controller.js';
import { AxolotlyController } from './axolotly.controller.js';

/** Seed 003, the Axolotly backend, at its /api paths (docs/compat.md); its login is seed 002's /api/login. */
@Module({
  imports: [SeedCompatModule],
  controllers: [AxolotlyController, AxolotlyFamilyController, AxolotlyDevicesController, AxolotlyReportsController, AxolotlyAdminController],
})
export class AxolotlyCompatModule {}
