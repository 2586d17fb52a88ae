import { Injectable } from '@nestjs/common';
import { type AdminUserResponse, type ChangeRoleRequest, Clock, type DisableUserRequest, DomainError, ErrorCodes, type ListUsersRequest, toPage, type UsersPageResponse } from '@onstream/common';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { requireAdmin } from '../access/actor-rules.js';
import { toAdminUserResponse } from '../accounts/account.mappers.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { SessionsService } from '../sessions/sessions.service.js';

const notFound = () => new DomainError(ErrorCodes.UsersUserNotFound, 404, 'No user has this id.');

/** Account administration: search, roles, disabling. Admins only. */
@Injectable()
export class AdminService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async list(request: ListUsersRequest): Promise<UsersPageResponse> {
    requireAdmin(request.actor);
    const { items, total } = await this.accounts.search({ emailPrefix: request.email, role: request.role, skip: (request.page - 1) * request.limit, limit: request.limit });
    return toPage(items.map(toAdminUserResponse), total, request);
  }

  /** The user's sessions end, so the new role is in every token from the next sign-in or refresh on. */
  async changeRole(request: ChangeRoleRequest): Promise<AdminUserResponse> {
    requireAdmin(request.actor);
    this.refuseSelf(request.actor.userId, request.userId);
    const user = await this.accounts.setRole(request.userId, request.role);
    if (!user) throw notFound();
    await this.sessions.endAllOfUser(request.userId, 'role-changed');
    return toAdminUserResponse(user);
  }

  async disable(request: DisableUserRequest): Promise<AdminUserResponse> {
    requireAdmin(request.actor);
    this.refuseSelf(request.actor.userId, request.userId);
    const existing = await this.accounts.findById(request.userId);
    if (!existing) throw notFound();
    const user: UserDocument | null = existing.disabledAt ? existing : await this.accounts.disable(request.userId, this.clock.now());
    if (!user) throw notFound();
    await this.sessions.endAllOfUser(request.userId, 'account-disabled');
    return toAdminUserResponse(user);
  }

  /** An admin cannot demote or disable themselves: the last admin would lock everyone out. */
  private refuseSelf(actorId: string, userId: string): void {
    if (actorId === userId) throw new DomainError(ErrorCodes.UsersCannotChangeOwnRole, 409, 'Admins cannot change or disable their own account here.');
  }
}
