import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, ProviderWebhookRequest, type WebhookReceipt } from '@onstream/common';
import { WebhooksService } from './webhooks.service.js';

@Controller()
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @MessagePattern(BillingPatterns.ProviderWebhook)
  receive(@Payload() request: ProviderWebhookRequest): Promise<WebhookReceipt> {
    return this.webhooks.receive(request);
  }
}
