import { Injectable } from '@nestjs/common';
import { JetStreamBus } from '@onstream/common';

/** Stream of the users service's durable events (`events.users.>`); ensured at start by UsersModule. */
export { USERS_EVENTS_STREAM } from '@onstream/common';

/** Publishes users events on JetStream. */
@Injectable()
export class UsersEventPublisher {
  constructor(private readonly bus: JetStreamBus) {}

  async publish<T>(type: string, data: T, eventId?: string): Promise<void> {
    await this.bus.publish(type, data, eventId);
  }
}
