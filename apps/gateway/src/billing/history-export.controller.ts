import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { HistoryFilter, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { HistoryCsv } from './history-csv.js';
import { HistoryExportSource } from './history-export.source.js';

@ApiTags('billing')
@ApiBearerAuth()
@RequirePermission('billing.read-history')
@Controller('payments/history')
export class HistoryExportController {
  constructor(private readonly exports: HistoryExportSource) {}

  /**
   * Streams the CSV: billing walks one cursor and sends chunks of 500 rows over NATS, each acked
   * only when this response has taken it, so memory stays at about one chunk however long the history.
   */
  @Get('export.csv')
  @ApiOperation({ summary: 'My payments as CSV, streamed (same filters as the history)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'userId of someone else, and not an admin.' })
  async export(@CurrentUser() actor: AuthUser, @Query() filter: HistoryFilter, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    const rows = await this.exports.open(actor, filter);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="payments.csv"');
    return HistoryCsv.stream(Readable.from(rows));
  }
}
