import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit, ServiceConfig } from '@onstream/common';
import { BillingModule } from './billing.module.js';

const config = loadConfigOrExit(ServiceConfig);
await bootstrapService('billing', BillingModule.forRoot(config), config);
