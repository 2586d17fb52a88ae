import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { ParentalController } from './parental.controller.js';
import { ParentalService } from './parental.service.js';

@Module({ imports: [SessionsModule], controllers: [ParentalController], providers: [ParentalService] })
export class ParentalModule {}
