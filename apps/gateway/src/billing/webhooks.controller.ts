import { Controller, Headers, HttpCode, Param, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { BillingClient, BillingPatterns, DomainError, ErrorCodes, WebhookProviderParam, WebhookReceipt } from '@onstream/common';
import { Public } from '../auth/auth.decorators.js';

@ApiTags('billing')
@Controller('payments/webhooks')
export class WebhooksController {
  constructor(private readonly billing: BillingClient) {}

  @Post(':provider')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Payment provider webhook', description: 'Signed `t=…,v1=…` HMAC-SHA256 over the raw body (Stripe’s scheme; the sandbox uses it too). Each event id is applied once; events may arrive in any order.' })
  @ApiHeader({ name: 'Stripe-Signature', required: true })
  @ApiOkResponse({ type: WebhookReceipt })
  @ApiBadRequestResponse({ description: 'BILLING.WEBHOOK_SIGNATURE_INVALID: forged, altered or too old.' })
  receive(@Param() { provider }: WebhookProviderParam, @Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string): Promise<WebhookReceipt> {
    if (!request.rawBody || !signature) throw new DomainError(ErrorCodes.BillingWebhookSignatureInvalid, 400, 'A signed JSON body is required.');
    return this.billing.send(BillingPatterns.ProviderWebhook, { provider, payload: request.rawBody.toString('utf8'), signature });
  }
}
