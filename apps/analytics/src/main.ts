import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit, ServiceConfig } from '@onstream/common';
import { AnalyticsModule } from './analytics.module.js';

const config = loadConfigOrExit(ServiceConfig);
await bootstrapService('analytics', AnalyticsModule.forRoot(config), config);
