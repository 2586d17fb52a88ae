import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActorRequest,
  LoginRequest,
  RefreshRequest,
  RevokeSessionRequest,
  SessionCheckRequest,
  UsersPatterns,
  type Acknowledgement,
  type RevokedSessionsResponse,
  type SessionCheckResponse,
  type SessionListResponse,
  type TokenPairResponse,
} from '@onstream/common';
import { SessionsService } from './sessions.service.js';

@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @MessagePattern(UsersPatterns.Login)
  login(@Payload() request: LoginRequest): Promise<TokenPairResponse> {
    return this.sessions.login(request);
  }

  @MessagePattern(UsersPatterns.Refresh)
  refresh(@Payload() request: RefreshRequest): Promise<TokenPairResponse> {
    return this.sessions.refresh(request);
  }

  @MessagePattern(UsersPatterns.Logout)
  logout(@Payload() request: ActorRequest): Promise<Acknowledgement> {
    return this.sessions.logout(request.actor);
  }

  @MessagePattern(UsersPatterns.ListSessions)
  list(@Payload() request: ActorRequest): Promise<SessionListResponse> {
    return this.sessions.list(request.actor);
  }

  @MessagePattern(UsersPatterns.RevokeSession)
  revoke(@Payload() request: RevokeSessionRequest): Promise<Acknowledgement> {
    return this.sessions.revokeOne(request.actor, request.sessionId);
  }

  @MessagePattern(UsersPatterns.RevokeOtherSessions)
  revokeOthers(@Payload() request: ActorRequest): Promise<RevokedSessionsResponse> {
    return this.sessions.revokeOthers(request.actor);
  }

  @MessagePattern(UsersPatterns.CheckSession)
  check(@Payload() request: SessionCheckRequest): Promise<SessionCheckResponse> {
    return this.sessions.isActive(request.userId, request.sessionId);
  }
}
