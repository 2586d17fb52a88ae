import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';
import { FirstAdminSeeder } from './first-admin.seeder.js';

@Module({ imports: [SessionsModule], controllers: [AdminController], providers: [AdminService, FirstAdminSeeder] })
export class AdminModule {}
