import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, CreateProfileRequest, ProfileRequest, SelectProfileRequest, UpdateProfileRequest, UsersPatterns, type Acknowledgement, type ProfileListResponse, type ProfileResponse, type ProfileTokenResponse } from '@onstream/common';
import { ProfilesService } from './profiles.service.js';

@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @MessagePattern(UsersPatterns.ListProfiles)
  list(@Payload() request: ActorRequest): Promise<ProfileListResponse> {
    return this.profiles.list(request.actor);
  }

  @MessagePattern(UsersPatterns.CreateProfile)
  create(@Payload() request: CreateProfileRequest): Promise<ProfileResponse> {
    return this.profiles.create(request);
  }

  @MessagePattern(UsersPatterns.UpdateProfile)
  update(@Payload() request: UpdateProfileRequest): Promise<ProfileResponse> {
    return this.profiles.update(request);
  }

  @MessagePattern(UsersPatterns.DeleteProfile)
  delete(@Payload() request: ProfileRequest): Promise<Acknowledgement> {
    return this.profiles.delete(request);
  }

  @MessagePattern(UsersPatterns.SelectProfile)
  select(@Payload() request: SelectProfileRequest): Promise<ProfileTokenResponse> {
    return this.profiles.select(request);
  }
}
