import { Inject, Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { BillingClient, BillingPatterns, DomainError, NATS_PROXY, type AuthUser, type HistoryExportChunk, type HistoryFilter, type TransactionResponse } from '@onstream/common';

/** Longest silence between two chunks before the export is given up (the service stopped). */
const CHUNK_IDLE_MS = 30_000;

/**
 * The gateway end of a streamed export: listens on a private subject, asks billing to stream
 * there, and acks each chunk only once its rows have been pulled by the HTTP response, so a slow
 * client slows the service's cursor instead of filling memory.
 */
@Injectable()
export class HistoryExportSource {
  constructor(
    private readonly billing: BillingClient,
    @Inject(NATS_PROXY) private readonly proxy: ClientProxy,
  ) {}

  /** Resolves once billing has accepted the export (access checked), so errors still become problem+json. */
  async open(actor: AuthUser, filter: HistoryFilter): Promise<AsyncGenerator<TransactionResponse>> {
    await this.proxy.connect();
    const subject = `_EXPORT.${randomUUID()}`;
    const subscription = this.proxy.unwrap<NatsConnection>().subscribe(subject);
    try {
      await this.billing.send(BillingPatterns.StartHistoryExport, { actor, filter, deliverTo: subject });
    } catch (error) {
      subscription.unsubscribe();
      throw error;
    }
    return this.rows(subscription);
  }

  private async *rows(subscription: Subscription): AsyncGenerator<TransactionResponse> {
    const messages = subscription[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.nextWithin(messages, subscription.getSubject());
        if (next.done) return;
        const message = next.value;
        const chunk = message.json<HistoryExportChunk>();
        if ('error' in chunk) throw DomainError.fromPayload(chunk.error);
        if ('done' in chunk) {
          message.respond('ok');
          return;
        }
        yield* chunk.items;
        message.respond('ok');
      }
    } finally {
      subscription.unsubscribe();
    }
  }

  private async nextWithin(messages: AsyncIterator<Msg>, subject: string): Promise<IteratorResult<Msg>> {
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(DomainError.unavailable(`The export on ${subject} stalled.`)), CHUNK_IDLE_MS);
    });
    try {
      return await Promise.race([messages.next(), idle]);
    } finally {
      clearTimeout(timer);
    }
  }
}
