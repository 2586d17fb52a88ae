import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';
import { StartupAccountsSeeder } from './startup-accounts.seeder.js';

@Module({ imports: [SessionsModule], controllers: [AdminController], providers: [AdminService, StartupAccountsSeeder] })
export class AdminModule {}
