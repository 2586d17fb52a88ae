import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MediaPatterns, VastRequest, VmapRequest, type XmlDocumentResponse } from '@onstream/common';
import { AdBreaksService } from './ad-breaks.service.js';

@Controller()
export class AdsController {
  constructor(private readonly ads: AdBreaksService) {}

  @MessagePattern(MediaPatterns.GetVmap)
  vmap(@Payload() request: VmapRequest): Promise<XmlDocumentResponse> {
    return this.ads.vmap(request);
  }

  @MessagePattern(MediaPatterns.GetVast)
  vast(@Payload() request: VastRequest): Promise<XmlDocumentResponse> {
    return this.ads.vast(request);
  }
}
