import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountResponse, EmailBody, LoginBody, RefreshBody, RegisterAccountRequest, ResetPasswordBody, TokenBody, TokenPairResponse, UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { Client, CurrentUser, Public } from './auth.decorators.js';
import { RateLimit } from '../rate-limit/rate-limit.policy.js';
import { RequirePermission } from '../auth/auth.decorators.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersClient) {}

  @Post('signup')
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a viewer account', description: 'Sends a verification link to the address; the account may sign in once it is confirmed.' })
  @ApiCreatedResponse({ type: AccountResponse })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address is taken.' })
  signup(@Body() request: RegisterAccountRequest): Promise<AccountResponse> {
    return this.users.send(UsersPatterns.RegisterAccount, request);
  }

  @Post('email/verify')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an e-mail address with the token from the link (single use)' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiProblems({ 400: 'Invalid, expired or already used token.' })
  verifyEmail(@Body() request: TokenBody): Promise<AccountResponse> {
    return this.users.send(UsersPatterns.VerifyEmail, request);
  }

  @Post('email/resend')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification link again', description: 'Always 202, whether or not the address has an unverified account; at most MAIL_PER_HOUR_LIMIT links per hour go out.' })
  @ApiAcceptedResponse({ description: 'Accepted.' })
  @ApiProblems({ 400: INVALID_INPUT })
  async resendVerification(@Body() request: EmailBody): Promise<void> {
    await this.users.send(UsersPatterns.ResendVerification, request);
  }

  @Post('login')
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: an access token (short-lived) and a refresh token (rotating)' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Wrong e-mail or password.', 403: 'E-mail not verified yet, or account disabled.', 429: 'Too many failed attempts for this account or address (Retry-After).' })
  login(@Body() body: LoginBody, @Client() client: ClientContext): Promise<TokenPairResponse> {
    return this.users.send(UsersPatterns.Login, { ...body, client });
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap a refresh token for new tokens', description: 'Each refresh token works once. Presenting one that was already used ends the whole session (reuse detection).' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Invalid, expired or reused refresh token (code USERS.REFRESH_TOKEN_REUSED for reuse).' })
  refresh(@Body() body: RefreshBody, @Client() client: ClientContext): Promise<TokenPairResponse> {
    return this.users.send(UsersPatterns.Refresh, { ...body, client });
  }

  @Post('logout')
  @RequirePermission('session.own')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session now', description: 'Its access token stops working at once; its refresh token too.' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiProblems({ 401: UNAUTHENTICATED })
  async logout(@CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.Logout, { actor });
  }

  @Post('password/forgot')
  @Public()
  @RateLimit('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password-reset link', description: 'Always 202, whether or not the address has an account.' })
  @ApiAcceptedResponse({ description: 'Accepted.' })
  @ApiProblems({ 400: INVALID_INPUT })
  async forgotPassword(@Body() request: EmailBody): Promise<void> {
    await this.users.send(UsersPatterns.ForgotPassword, request);
  }

  @Post('password/reset')
  @Public()
  @RateLimit('password-reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token from the reset link', description: 'Ends every session of the account.' })
  @ApiNoContentResponse({ description: 'Password changed.' })
  @ApiProblems({ 400: 'Invalid fields, or an invalid, expired or used token.' })
  async resetPassword(@Body() request: ResetPasswordBody): Promise<void> {
    await this.users.send(UsersPatterns.ResetPassword, request);
  }
}
