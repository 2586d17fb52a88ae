import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, DeleteAccountRequest, UpdateMeRequest, UsersPatterns, type Acknowledgement, type MeResponse } from '@onstream/common';
import { MeService } from './me.service.js';

@Controller()
export class MeController {
  constructor(private readonly me: MeService) {}

  @MessagePattern(UsersPatterns.GetMe)
  get(@Payload() request: ActorRequest): Promise<MeResponse> {
    return this.me.get(request.actor);
  }

  @MessagePattern(UsersPatterns.UpdateMe)
  update(@Payload() request: UpdateMeRequest): Promise<MeResponse> {
    return this.me.update(request);
  }

  @MessagePattern(UsersPatterns.DeleteAccount)
  delete(@Payload() request: DeleteAccountRequest): Promise<Acknowledgement> {
    return this.me.delete(request);
  }
}
