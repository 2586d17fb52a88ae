import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { UsersConfig } from './users.config.js';
import { UsersModule } from './users.module.js';

const config = loadConfigOrExit(UsersConfig);
await bootstrapService('users', UsersModule.forRoot(config), config);
