import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { BillingConfig } from './billing.config.js';
import { BillingModule } from './billing.module.js';

const config = loadConfigOrExit(BillingConfig);
await bootstrapService('billing', BillingModule.forRoot(config), config);
