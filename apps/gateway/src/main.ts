import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger, createValidationPipe, loadConfigOrExit, normaliseRequestId, PinoNestLogger, REQUEST_ID_HEADER, startMetricsServer, startTracing } from '@onstream/common';
import { GatewayConfig } from './gateway.config.js';
import { GatewayModule } from './gateway.module.js';
import { registerBodyLimits } from './http/body-limits.js';
import { registerHttpPlugins } from './http/http-plugins.js';
import { registerJsonDepthLimit } from './http/json-depth.js';
import { registerPlayerPage } from './http/player-page.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { registerRequestContext } from './http/request-context.hooks.js';
import { setupOpenApi, useApiRoutes } from './http/openapi.js';

const config = loadConfigOrExit(GatewayConfig);
const logger = createLogger('gateway', config.LOG_LEVEL);
startTracing('gateway', config.tracing);

const problems = new ProblemDetailsFilter(logger);
const adapter = new FastifyAdapter({
  bodyLimit: config.BODY_LIMIT_BYTES,
  // The caller's X-Request-Id is kept when it is sane, else replaced: it ends up in every log line.
  requestIdHeader: false,
  genReqId: (request: IncomingMessage) => normaliseRequestId(request.headers[REQUEST_ID_HEADER]),
  trustProxy: config.trustProxy,
  frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => problems.send(error, request, reply),
});
const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
  logger: new PinoNestLogger(logger),
  bufferLogs: true,
  // Webhook signatures cover the exact bytes sent, so the raw JSON body is kept beside the parsed one.
  rawBody: true,
});
registerRequestContext(app.getHttpAdapter().getInstance(), logger);
registerBodyLimits(app.getHttpAdapter().getInstance(), config);
registerJsonDepthLimit(app.getHttpAdapter().getInstance(), config.JSON_MAX_DEPTH);
await registerHttpPlugins(app, config);
registerPlayerPage(app, config);
useApiRoutes(app);
app.useGlobalPipes(createValidationPipe());
app.useGlobalFilters(problems);
app.enableShutdownHooks();
setupOpenApi(app);

await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
await startMetricsServer('gateway', config.METRICS_HOST, config.METRICS_PORT);
const url = `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}`;
logger.info({ msg: 'gateway listening', url, docs: `${url}/docs`, player: `${url}/play` });
