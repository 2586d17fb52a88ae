import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';
import type { ChargeOutcome } from './payment-provider.js';

/** One payment as the sandbox "provider" keeps it: its own books, apart from our ledger. */
export interface SandboxPaymentDocument {
  /** The idempotency key it was charged under: one payment per key, as at a real provider. */
  _id: string;
  ledgerId: string;
  amount: number;
  currency: string;
  outcome: ChargeOutcome;
  /** Sum of refunds taken against it. */
  refunded: number;
  refundKeys: string[];
  createdAt: Date;
}

/**
 * The sandbox provider's own records, in billing's database but never written by billing's
 * money code: what reconciliation asks, and what the fault e2e counts as "charges taken".
 */
export class SandboxPaymentsRepository {
  private readonly payments;

  constructor(connection: Connection) {
    this.payments = connection.collection<SandboxPaymentDocument>('sandbox_payments');
  }

  /** Records the payment unless its key is known; returns the payment stored under the key. */
  async recordOnce(payment: SandboxPaymentDocument): Promise<SandboxPaymentDocument> {
    try {
      await this.payments.insertOne(payment);
      return payment;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const stored = await this.payments.findOne({ _id: payment._id });
    if (!stored) throw new Error(`sandbox payment ${payment._id} is taken but not readable`);
    return stored;
  }

  find(idempotencyKey: string): Promise<SandboxPaymentDocument | null> {
    return this.payments.findOne({ _id: idempotencyKey });
  }

  findByPaymentId(providerPaymentId: string): Promise<SandboxPaymentDocument | null> {
    return this.payments.findOne({ 'outcome.providerPaymentId': providerPaymentId });
  }

  /** Adds a refund once per refund key. */
  async refundOnce(id: string, refundKey: string, amount: number): Promise<void> {
    await this.payments.updateOne({ _id: id, refundKeys: { $ne: refundKey } }, { $inc: { refunded: amount }, $push: { refundKeys: refundKey } });
  }
}
