import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { JetStreamBus } from '@onstream/common';
import { UsersConfig } from '../users.config.js';

/** Stream of the users service's durable events (`events.users.>`). */
export const USERS_EVENTS_STREAM = { name: 'USERS_EVENTS', types: ['users.>'] };

/** Publishes users events on JetStream; connects and ensures the stream at start. */
@Injectable()
export class UsersEventPublisher implements OnModuleInit, OnApplicationShutdown {
  private bus: JetStreamBus | undefined;

  constructor(private readonly config: UsersConfig) {}

  async onModuleInit(): Promise<void> {
    this.bus = await JetStreamBus.connect(this.config.natsServers, 'users-events');
    await this.bus.ensureStream(USERS_EVENTS_STREAM);
  }

  async publish<T>(type: string, data: T, eventId?: string): Promise<void> {
    if (!this.bus) throw new Error('the event bus is not connected yet');
    await this.bus.publish(type, data, eventId);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus?.close();
  }
}
