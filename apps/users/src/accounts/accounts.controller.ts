import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RegisterAccountRequest, UsersPatterns, type AccountResponse } from '@onstream/common';
import { AccountsService } from './accounts.service.js';

@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @MessagePattern(UsersPatterns.RegisterAccount)
  register(@Payload() request: RegisterAccountRequest): Promise<AccountResponse> {
    return this.accounts.register(request);
  }
}
