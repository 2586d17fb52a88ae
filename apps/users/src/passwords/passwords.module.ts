import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { PasswordsController } from './passwords.controller.js';
import { PasswordsService } from './passwords.service.js';

@Module({ imports: [SessionsModule], controllers: [PasswordsController], providers: [PasswordsService] })
export class PasswordsModule {}
