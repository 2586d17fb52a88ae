import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { BillingClient, BillingPatterns, EXPORT_PAGE_SIZE, HistoryFilter, type AuthUser, type TransactionResponse } from '@onstream/common';
import { CurrentUser } from '../auth/auth.decorators.js';
import { HistoryCsv } from './history-csv.js';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('payments/history')
export class HistoryExportController {
  constructor(private readonly billing: BillingClient) {}

  /**
   * Streams the CSV: the service is asked for one keyset page (EXPORT_PAGE_SIZE rows) at a time,
   * and only when the client has read the previous one, so memory stays at one page per export.
   */
  @Get('export.csv')
  @ApiOperation({ summary: 'My payments as CSV, streamed (same filters as the history)' })
  @ApiProduces('text/csv')
  export(@CurrentUser() actor: AuthUser, @Query() filter: HistoryFilter, @Res({ passthrough: true }) reply: FastifyReply): Readable {
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="payments.csv"');
    return HistoryCsv.stream(Readable.from(this.pages(actor, filter)));
  }

  private async *pages(actor: AuthUser, filter: HistoryFilter): AsyncGenerator<TransactionResponse> {
    let cursor: string | undefined;
    do {
      const page = await this.billing.send(BillingPatterns.HistoryExportPage, { actor, filter, limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
}
