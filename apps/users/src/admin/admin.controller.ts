import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ChangeRoleRequest, DisableUserRequest, ListUsersRequest, UsersPatterns, type AdminUserResponse, type UsersPageResponse } from '@onstream/common';
import { AdminService } from './admin.service.js';

@Controller()
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @MessagePattern(UsersPatterns.AdminListUsers)
  list(@Payload() request: ListUsersRequest): Promise<UsersPageResponse> {
    return this.admin.list(request);
  }

  @MessagePattern(UsersPatterns.AdminChangeRole)
  changeRole(@Payload() request: ChangeRoleRequest): Promise<AdminUserResponse> {
    return this.admin.changeRole(request);
  }

  @MessagePattern(UsersPatterns.AdminDisableUser)
  disable(@Payload() request: DisableUserRequest): Promise<AdminUserResponse> {
    return this.admin.disable(request);
  }
}
