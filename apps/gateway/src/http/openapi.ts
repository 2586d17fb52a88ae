import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_PUBLIC, OPENAPI_ROLES } from '../auth/auth.decorators.js';
import { documentErrors } from './openapi-errors.js';

/** Swagger UI at /docs for people, the OpenAPI document at /docs-json for tools. */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('OnStream API')
      .setDescription(
        'REST API of the OnStream OTT backend. Every error is RFC 9457 `application/problem+json` (schema `Problem`); ' +
          'a service that does not answer in time gives 503 with Retry-After. Send `X-Request-Id` to trace a call through the services.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
  );
  documentErrors(document, { publicExtension: OPENAPI_PUBLIC, rolesExtension: OPENAPI_ROLES });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}
