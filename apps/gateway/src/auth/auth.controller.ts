import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from './auth.decorators.js';
import { AccountResponse, RegisterAccountRequest, UsersClient, UsersPatterns } from '@onstream/common';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersClient) {}

  @Post('signup')
  @Public()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a viewer account' })
  @ApiCreatedResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ description: 'Invalid fields (problem+json with errors[]).' })
  @ApiConflictResponse({ description: 'The e-mail address is taken.' })
  signup(@Body() request: RegisterAccountRequest): Promise<AccountResponse> {
    return this.users.send(UsersPatterns.RegisterAccount, request);
  }
}
