import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { EXPORT_CHUNK_ROWS, outsideRequest, toErrorPayload, type HistoryExportChunk, type HistoryFilter, type TransactionResponse } from '@onstream/common';
import { toTransactionResponse } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';

export const EXPORT_NATS = Symbol('EXPORT_NATS');
/** How long the streamer waits for the gateway to take a chunk before giving the export up. */
export const EXPORT_ACK_TIMEOUT_MS = 60_000;

/**
 * Streams one history export to the subject the gateway listens on: a single sorted cursor,
 * EXPORT_CHUNK_ROWS rows per message, and each message is a request that waits for the gateway's
 * ack, which it gives only when its HTTP client has read the previous chunk. Memory stays at one
 * chunk on both sides, and the store runs one query (FerretDB re-sorts on every keyset page).
 */
@Injectable()
export class HistoryExportStreamer implements OnApplicationShutdown {
  private readonly logger = new Logger(HistoryExportStreamer.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(EXPORT_NATS) private readonly nats: NatsConnection,
    private readonly ledger: LedgerRepository,
  ) {}

  /** Starts streaming in the background; the caller has already checked access. */
  start(filter: HistoryFilter & { userId: string }, deliverTo: string): void {
    // The export outlives the request that started it (the gateway waits chunk by chunk): not bounded by its deadline.
    const run = outsideRequest(() => this.stream(filter, deliverTo)).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
    await this.nats.drain();
  }

  private async stream(filter: HistoryFilter & { userId: string }, deliverTo: string): Promise<void> {
    let rows = 0;
    let chunk: TransactionResponse[] = [];
    try {
      for await (const entry of this.ledger.exportCursor(filter)) {
        chunk.push(toTransactionResponse(entry));
        if (chunk.length === EXPORT_CHUNK_ROWS) {
          await this.deliver(deliverTo, { items: chunk });
          rows += chunk.length;
          chunk = [];
        }
      }
      if (chunk.length > 0) await this.deliver(deliverTo, { items: chunk });
      await this.deliver(deliverTo, { done: true, rows: rows + chunk.length });
    } catch (error) {
      this.logger.warn({ msg: 'history export ended early', deliverTo, rows, err: error instanceof Error ? error.message : String(error) });
      // Tell the gateway why, if it still listens; it may not (that is often why we are here).
      this.nats.publish(deliverTo, JSON.stringify({ error: toErrorPayload(error) } satisfies HistoryExportChunk));
    }
  }

  private async deliver(subject: string, chunk: HistoryExportChunk): Promise<void> {
    const ack = await this.nats.request(subject, JSON.stringify(chunk), { timeout: EXPORT_ACK_TIMEOUT_MS });
    if (ack.string() === 'stop') throw new Error('the client stopped reading');
  }
}
