import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EmailBody, TokenBody, UsersPatterns, type Acknowledgement, type AccountResponse } from '@onstream/common';
import { EmailVerificationService } from './email-verification.service.js';

@Controller()
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @MessagePattern(UsersPatterns.VerifyEmail)
  verify(@Payload() request: TokenBody): Promise<AccountResponse> {
    return this.verification.verify(request.token);
  }

  @MessagePattern(UsersPatterns.ResendVerification)
  resend(@Payload() request: EmailBody): Promise<Acknowledgement> {
    return this.verification.resend(request.email);
  }
}
