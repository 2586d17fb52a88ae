import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { JetStreamBus, type StreamDefinition } from './jetstream-bus.js';

export interface JetStreamModuleOptions {
  servers: string[];
  /** Connection name, shown by the NATS server (e.g. the app name). */
  name: string;
  /** Streams this app publishes to; created or updated at start. */
  streams?: StreamDefinition[];
}

class JetStreamCloser implements OnApplicationShutdown {
  constructor(@Inject(JetStreamBus) private readonly bus: JetStreamBus) {}
  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** Provides the app's JetStreamBus: one connection, streams ensured at start, drained at shutdown. */
@Global()
@Module({})
export class JetStreamModule {
  static forRoot(options: JetStreamModuleOptions): DynamicModule {
    return {
      module: JetStreamModule,
      providers: [
        {
          provide: JetStreamBus,
          useFactory: async () => {
            const bus = await JetStreamBus.connect(options.servers, options.name);
            for (const stream of options.streams ?? []) await bus.ensureStream(stream);
            return bus;
          },
        },
        JetStreamCloser,
      ],
      exports: [JetStreamBus],
    };
  }
}
