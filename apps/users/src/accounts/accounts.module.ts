import { Module } from '@nestjs/common';
import { EmailVerificationController } from '../verification/email-verification.controller.js';
import { EmailVerificationService } from '../verification/email-verification.service.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';

@Module({
  controllers: [AccountsController, EmailVerificationController],
  providers: [AccountsService, EmailVerificationService],
})
export class AccountsModule {}
