# Builds the geokg server image: the playground assets with Node, the binary with Go, and a
# small final image that holds only the binary (the assets are embedded in it).
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /src/web/dist ./web/dist
ARG VERSION=devel
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /geokg ./cmd/geokg

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /geokg /geokg
EXPOSE 8080
ENV GEOKG_ADDR=0.0.0.0:8080
ENTRYPOINT ["/geokg"]
CMD ["serve"]
