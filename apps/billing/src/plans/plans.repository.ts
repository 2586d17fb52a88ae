import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { PlanFeatures, PlanInterval } from '@onstream/common';
import type { Connection } from 'mongoose';

export interface PlanDocument {
  _id: string;
  name: string;
  interval: PlanInterval;
  price: number;
  currency: string;
  trialDays: number;
  features: PlanFeatures;
  createdAt: Date;
}

@Injectable()
export class PlansRepository {
  private readonly plans;

  constructor(@InjectConnection() connection: Connection) {
    this.plans = connection.collection<PlanDocument>('plans');
  }

  async create(plan: PlanDocument): Promise<PlanDocument> {
    await this.plans.insertOne(plan);
    return plan;
  }

  findById(id: string): Promise<PlanDocument | null> {
    return this.plans.findOne({ _id: id });
  }

  list(): Promise<PlanDocument[]> {
    return this.plans.find({}).sort({ price: 1, _id: 1 }).limit(200).toArray();
  }
}
