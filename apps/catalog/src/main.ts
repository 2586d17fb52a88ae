import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit, ServiceConfig } from '@onstream/common';
import { CatalogModule } from './catalog.module.js';

const config = loadConfigOrExit(ServiceConfig);
await bootstrapService('catalog', CatalogModule.forRoot(config), config);
