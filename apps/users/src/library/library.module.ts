import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { LibraryController } from './library.controller.js';
import { LibraryService } from './library.service.js';

@Module({ imports: [SessionsModule], controllers: [LibraryController], providers: [LibraryService] })
export class LibraryModule {}
