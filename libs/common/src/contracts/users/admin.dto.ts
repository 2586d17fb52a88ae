import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsMongoId, IsOptional, IsString, MaxLength } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { PageMeta, PageQueryDto } from '../../pagination/pagination.dto.js';
import { AccountResponse, normaliseEmail, Roles, type Role } from './account.dto.js';

export class ListUsersQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Start of an e-mail address (case-insensitive).', maxLength: 254 })
  @IsOptional()
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: Roles })
  @IsOptional()
  @IsIn(Roles)
  role?: Role;
}

export class ListUsersRequest extends IntersectionType(ListUsersQuery, ActorRequest) {}

export class AdminUserResponse extends AccountResponse {
  @ApiProperty() disabled!: boolean;
}

export class UsersPageResponse {
  @ApiProperty({ type: [AdminUserResponse] }) items!: AdminUserResponse[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
}

export class UserIdParams {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'userId must be a user id' })
  userId!: string;
}

export class ChangeRoleBody {
  @ApiProperty({ enum: Roles })
  @IsIn(Roles)
  role!: Role;
}

export class ChangeRoleRequest extends IntersectionType(IntersectionType(UserIdParams, ChangeRoleBody), ActorRequest) {}

export class DisableUserRequest extends IntersectionType(UserIdParams, ActorRequest) {}
