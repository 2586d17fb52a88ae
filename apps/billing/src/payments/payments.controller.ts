import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BillingPatterns,
  GetReceiptRequest,
  HistoryRequest,
  PurchasePpvRequest,
  PutPpvOfferRequest,
  RefundRequest,
  StartHistoryExportRequest,
  type StartHistoryExportResponse,
  type HistoryPage,
  type PpvOfferResponse,
  type PurchaseResponse,
  type ReceiptResponse,
  type TransactionResponse,
} from '@onstream/common';
import { PpvService } from './ppv.service.js';
import { RefundsService } from './refunds.service.js';
import { TransactionsService } from './transactions.service.js';

@Controller()
export class PaymentsController {
  constructor(
    private readonly ppv: PpvService,
    private readonly transactions: TransactionsService,
    private readonly refunds: RefundsService,
  ) {}

  @MessagePattern(BillingPatterns.PutPpvOffer)
  putOffer(@Payload() request: PutPpvOfferRequest): Promise<PpvOfferResponse> {
    return this.ppv.putOffer(request);
  }

  @MessagePattern(BillingPatterns.PurchasePpv)
  purchase(@Payload() request: PurchasePpvRequest): Promise<PurchaseResponse> {
    return this.ppv.purchase(request);
  }

  @MessagePattern(BillingPatterns.History)
  history(@Payload() request: HistoryRequest): Promise<HistoryPage> {
    return this.transactions.history(request);
  }

  @MessagePattern(BillingPatterns.StartHistoryExport)
  startExport(@Payload() request: StartHistoryExportRequest): StartHistoryExportResponse {
    return this.transactions.startExport(request);
  }

  @MessagePattern(BillingPatterns.GetReceipt)
  receipt(@Payload() request: GetReceiptRequest): Promise<ReceiptResponse> {
    return this.transactions.receipt(request);
  }

  @MessagePattern(BillingPatterns.Refund)
  refund(@Payload() request: RefundRequest): Promise<TransactionResponse> {
    return this.refunds.refund(request);
  }
}
