import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { EngagementConfig } from './engagement.config.js';
import { EngagementModule } from './engagement.module.js';

const config = loadConfigOrExit(EngagementConfig);
await bootstrapService('engagement', EngagementModule.forRoot(config), config);
