# The hosted API (packages/api) as a container image. Build from the repository root:
#   docker build -t inclusion-widgets-api .
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://… inclusion-widgets-api
# See docs/deploy.md. The API runs from its TypeScript sources through tsx, exactly as `npm start` and the tests do.

# --- dependencies: production packages of the workspaces, plus tsx (the TypeScript loader) -----------------------
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/content/package.json packages/content/
COPY packages/api/package.json packages/api/
COPY packages/ui/package.json packages/ui/
COPY packages/map/package.json packages/map/
COPY packages/venue-finder/package.json packages/venue-finder/
COPY packages/quiz/package.json packages/quiz/
COPY packages/orientation/package.json packages/orientation/
COPY packages/embed/package.json packages/embed/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# tsx is a development dependency of the repository but the API's runtime loader: install the locked version on
# its own and merge it (tsx, esbuild and esbuild's platform binary; none of them is in the production tree).
RUN TSX_VERSION="$(node -p "require('./package-lock.json').packages['node_modules/tsx'].version")" \
  && mkdir /tmp/tsx && cd /tmp/tsx && echo '{"private":true}' > package.json \
  && npm install --no-audit --no-fund "tsx@${TSX_VERSION}" \
  && cp -rn /tmp/tsx/node_modules/. /app/node_modules/ && rm -rf /tmp/tsx /root/.npm

# --- runtime ------------------------------------------------------------------------------------------------------
FROM node:20-slim
ENV NODE_ENV=production \
    TZ=UTC \
    HOST=0.0.0.0 \
    PORT=8080 \
    PGLITE_DATA_DIR=/data/pglite
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY packages/core ./packages/core
COPY packages/content ./packages/content
COPY packages/api ./packages/api
# PGlite's data directory, when no DATABASE_URL is given (a single instance only; use PostgreSQL for replicas).
RUN mkdir -p /data && chown node:node /data
USER node
WORKDIR /app/packages/api
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains requests in flight (up to 5 s) then exits 0; exec form so that node receives it.
CMD ["node", "--conditions=source", "--import", "tsx", "src/main.ts"]
