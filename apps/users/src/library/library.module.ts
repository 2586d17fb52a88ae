import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { LibraryController } from './library.controller.js';
import { LibraryService } from './library.service.js';
import { LibraryOutbox } from './library-outbox.js';

@Module({ imports: [SessionsModule], controllers: [LibraryController], providers: [LibraryService, LibraryOutbox] })
export class LibraryModule {}
