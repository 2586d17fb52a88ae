import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { AnalyticsConfig } from './analytics.config.js';
import { AnalyticsModule } from './analytics.module.js';

const config = loadConfigOrExit(AnalyticsConfig);
await bootstrapService('analytics', AnalyticsModule.forRoot(config), config);
