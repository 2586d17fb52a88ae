import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ChangePasswordRequest, EmailBody, ResetPasswordBody, UsersPatterns, type Acknowledgement, type RevokedSessionsResponse } from '@onstream/common';
import { PasswordsService } from './passwords.service.js';

@Controller()
export class PasswordsController {
  constructor(private readonly passwords: PasswordsService) {}

  @MessagePattern(UsersPatterns.ForgotPassword)
  forgot(@Payload() request: EmailBody): Promise<Acknowledgement> {
    return this.passwords.forgot(request.email);
  }

  @MessagePattern(UsersPatterns.ResetPassword)
  reset(@Payload() request: ResetPasswordBody): Promise<Acknowledgement> {
    return this.passwords.reset(request);
  }

  @MessagePattern(UsersPatterns.ChangePassword)
  change(@Payload() request: ChangePasswordRequest): Promise<RevokedSessionsResponse> {
    return this.passwords.change(request);
  }
}
