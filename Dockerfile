# citebot: the compiled bot on Node 20, production dependencies only, as a non-root user.
#   docker build -t citebot .
#   docker run --env-file .env -p 8080:8080 citebot              (HTTP mode: DISCORD_PUBLIC_KEY set)
#   docker run --env-file .env -p 9090:9090 citebot              (gateway mode: /healthz, /metrics on 9090)

# 1. Compile the TypeScript (every dependency, scripts off: the build is the next step).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/copy-data.mjs ./scripts/
RUN npm run build

# 2. Production dependencies alone.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The image: compiled code, production dependencies, the knowledge folder.
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=8080 \
    METRICS_PORT=9090
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY knowledge ./knowledge
# The node user (uid 1000) of the official image: the bot needs no root.
USER node
EXPOSE 8080 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/bot/healthcheck.js"]
# The same command as `npm start`, without npm in between (node gets SIGTERM directly).
CMD ["sh", "-c", "exec node --max-semi-space-size=4 --max-old-space-size=${CITEBOT_MAX_HEAP_MB:-192} dist/bot/main.js"]
