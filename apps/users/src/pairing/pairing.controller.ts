import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActorRequest, CreatePairingCodeRequest, DeviceRequest, RedeemPairingCodeRequest, UsersPatterns, type Acknowledgement, type PairedDeviceListResponse, type PairingCodeResponse, type TokenPairResponse } from '@onstream/common';
import { PairingService } from './pairing.service.js';

@Controller()
export class PairingController {
  constructor(private readonly pairing: PairingService) {}

  @MessagePattern(UsersPatterns.CreatePairingCode)
  createCode(@Payload() request: CreatePairingCodeRequest): Promise<PairingCodeResponse> {
    return this.pairing.createCode(request);
  }

  @MessagePattern(UsersPatterns.RedeemPairingCode)
  redeem(@Payload() request: RedeemPairingCodeRequest): Promise<TokenPairResponse> {
    return this.pairing.redeem(request);
  }

  @MessagePattern(UsersPatterns.ListDevices)
  list(@Payload() request: ActorRequest): Promise<PairedDeviceListResponse> {
    return this.pairing.list(request.actor);
  }

  @MessagePattern(UsersPatterns.UnpairDevice)
  unpair(@Payload() request: DeviceRequest): Promise<Acknowledgement> {
    return this.pairing.unpair(request);
  }
}
