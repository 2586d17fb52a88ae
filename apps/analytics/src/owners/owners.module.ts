import { Module } from '@nestjs/common';
import { VideoOwnersConsumer } from './video-owners.consumer.js';
import { VideoOwnersRepository } from './video-owners.repository.js';

@Module({
  providers: [VideoOwnersRepository, VideoOwnersConsumer],
  exports: [VideoOwnersRepository],
})
export class OwnersModule {}
