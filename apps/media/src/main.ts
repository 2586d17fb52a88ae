import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { MediaConfig } from './media.config.js';
import { MediaModule } from './media.module.js';

const config = loadConfigOrExit(MediaConfig);
await bootstrapService('media', MediaModule.forRoot(config), config);
