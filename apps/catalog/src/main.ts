import 'reflect-metadata';
import { bootstrapService, loadConfigOrExit } from '@onstream/common';
import { CatalogConfig } from './catalog.config.js';
import { CatalogModule } from './catalog.module.js';
import { isTrainingThread, runTrainingThread } from './recommendations/model/training-thread.js';

if (isTrainingThread()) {
  runTrainingThread();
} else {
  const config = loadConfigOrExit(CatalogConfig);
  await bootstrapService('catalog', CatalogModule.forRoot(config), config);
}
