import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit, ServiceConfig } from '@onstream/common';
import { MediaModule } from './media.module.js';

const config = loadConfigOrExit(ServiceConfig);
await bootstrapService('media', MediaModule.forRoot(config), config);
