import { Module } from '@nestjs/common';
import { Clock } from '@onstream/common';
import { VideoOwnerCache } from './video-owner-cache.js';
import { VideoOwnersConsumer } from './video-owners.consumer.js';
import { VideoOwnersRepository } from './video-owners.repository.js';

@Module({
  providers: [VideoOwnersRepository, VideoOwnersConsumer, VideoOwnerCache, Clock],
  exports: [VideoOwnersRepository, VideoOwnerCache],
})
export class OwnersModule {}
