# syntax=docker/dockerfile:1
# OnStream: one image per app, all built from this file.
#   docker build --target gateway -t onstream/gateway .
# Targets: gateway users catalog media billing analytics engagement (docker-compose.yml uses them).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: all dev deps, compile the seven apps to dist/apps/<app>/main.js ----------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund
COPY nest-cli.json tsconfig*.json ./
COPY libs ./libs
COPY apps ./apps
RUN set -eu; for app in gateway users catalog media billing analytics engagement; do \
      npx nest build "$app"; \
      test -f "dist/apps/$app/main.js"; \
    done

# ---- runtime: production deps only, compiled code, non-root -----------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    ONSTREAM_DATA_DIR=/app/.data
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund \
 && mkdir -p /app/.data && chown node:node /app/.data
COPY --from=build /app/dist ./dist
# the reference player's page, script and style, served by the gateway at /play (ADR 0022)
COPY --from=build /app/apps/gateway/player ./apps/gateway/player
# the node image ships an unprivileged `node` user (uid 1000)
USER node

# ---- one target per app ------------------------------------------------------------------------
FROM runtime AS gateway
ENV GATEWAY_HOST=0.0.0.0 \
    GATEWAY_PORT=3000
EXPOSE 3000
CMD ["node", "dist/apps/gateway/main.js"]

FROM runtime AS users
CMD ["node", "dist/apps/users/main.js"]

FROM runtime AS catalog
CMD ["node", "dist/apps/catalog/main.js"]

FROM runtime AS media
USER root
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
USER node
CMD ["node", "dist/apps/media/main.js"]

FROM runtime AS billing
CMD ["node", "dist/apps/billing/main.js"]

FROM runtime AS analytics
CMD ["node", "dist/apps/analytics/main.js"]

FROM runtime AS engagement
CMD ["node", "dist/apps/engagement/main.js"]
