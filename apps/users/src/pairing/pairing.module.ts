import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { PairingController } from './pairing.controller.js';
import { PairingService } from './pairing.service.js';

@Module({ imports: [SessionsModule], controllers: [PairingController], providers: [PairingService] })
export class PairingModule {}
