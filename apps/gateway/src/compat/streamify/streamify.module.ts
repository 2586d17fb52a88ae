import { Module } from '@nestjs/common';
import { SeedCompatModule } from '../shared/seed-compat.module.js';
import { StreamifyController } from './streamify.controller.js';

/** Seed 002, the Streamify backend, at its /api base (docs/compat.md); its shared paths live in seeds 000's and 001's modules. */
@Module({
  imports: [SeedCompatModule],
  controllers: [StreamifyController],
})
export class StreamifyCompatModule {}
