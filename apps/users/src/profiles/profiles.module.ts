import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { ProfilesController } from './profiles.controller.js';
import { ProfilesService } from './profiles.service.js';

@Module({ imports: [SessionsModule], controllers: [ProfilesController], providers: [ProfilesService] })
export class ProfilesModule {}
