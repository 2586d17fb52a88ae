import { pipeline, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { TransactionResponse } from '@onstream/common';
import { Logger } from '@nestjs/common';

const COLUMNS: Array<keyof TransactionResponse> = ['id', 'createdAt', 'type', 'status', 'description', 'currency', 'netAmount', 'taxAmount', 'taxRate', 'taxCountry', 'amount', 'method', 'refundOf'];

/** Transactions → CSV text (csv-stringify quotes what needs quoting). */
export const HistoryCsv = {
  columns: COLUMNS,

  stream(transactions: Readable): Readable {
    const logger = new Logger('HistoryCsv');
    // pipeline destroys the CSV stream if the source fails, so the client sees a cut-off response, not a hang.
    return pipeline(transactions, stringify({ header: true, columns: COLUMNS as string[] }), (error) => {
      if (error) logger.error({ msg: 'CSV export aborted', err: error.message });
    });
  },
};
