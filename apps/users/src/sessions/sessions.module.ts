import { Module } from '@nestjs/common';
import { SessionsController } from './sessions.controller.js';
import { DeviceLimit } from './device-limit.js';
import { SessionsService } from './sessions.service.js';

@Module({
  controllers: [SessionsController],
  providers: [SessionsService, DeviceLimit],
  exports: [SessionsService],
})
export class SessionsModule {}
